using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Harness.Core.Model.Documents;

/// <summary>
/// Reads a file only when what was opened is a regular file, and never more than a limit. The type is checked on
/// the opened handle, not on the path before opening (which a swap could change); the open itself does not wait
/// (a FIFO with no writer would block an ordinary open forever), and a device that never ends (/dev/zero) stops
/// at the limit.
/// </summary>
public static partial class RegularFile
{
    public static byte[] ReadAll(string path, long maxBytes)
    {
        using var stream = OpenForRead(path);
        if (!stream.CanSeek)
        {
            throw new IOException("it is no regular file (a pipe, socket or terminal); harness reads only regular files");
        }
        // A regular file states its length (one fstat on the open handle): it is read into one array of that size,
        // not through a growing buffer and an 80 KB chunk per file (lint reads thousands). A device that states
        // none (/dev/zero) or a file that grows while read goes on in chunks, up to the limit.
        var stated = stream.Length;
        var head = new byte[stated > 0 && stated <= maxBytes ? stated : 0];
        var filled = Fill(stream, head);
        if (filled < head.Length)
        {
            return head.AsSpan(0, filled).ToArray();   // it shrank while read: what was there
        }
        return ReadRest(stream, head, maxBytes);
    }

    /// <summary>
    /// The whole file when the path itself is a plain file (no link, no folder, no device) within the limit, from one
    /// open, one statx on the descriptor and its reads; null for anything else, and on any other system, so the
    /// caller's own checks name what it is. Lint reads thousands of files: this spares each a lstat, a geteuid and
    /// two lseeks (a syscall costs microseconds on a virtual machine).
    /// </summary>
    public static byte[]? TryReadPlain(string path, long maxBytes)
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }
        var descriptor = Open(path, LinuxNonBlockingReadOnly | LinuxNoFollow);
        if (descriptor < 0)
        {
            return null;
        }
        using var handle = new SafeFileHandle(descriptor, ownsHandle: true);
        if (Git.InProcess.FileStat.OfOpen(handle) is not ({ } kind, var length) || kind != Git.InProcess.FileKind.Regular || length > maxBytes)
        {
            return null;
        }
        var bytes = new byte[length];
        var filled = 0;
        nint read = 0;
        while (filled < bytes.Length && (read = ReadAt(handle, bytes.AsSpan(filled), filled)) > 0)
        {
            filled += (int)read;
        }
        if (filled < bytes.Length)
        {
            return read < 0 ? null : bytes.AsSpan(0, filled).ToArray();   // it shrank while read: what was there
        }
        // One more byte means it grew while read: the slower path reads what it has become, within the limit.
        Span<byte> probe = stackalloc byte[1];
        return ReadAt(handle, probe, filled) == 0 ? bytes : null;
    }

    // pread itself: RandomAccess.Read first asks the descriptor whether it can seek (one lseek a file), which the
    // statx above has answered.
    private static nint ReadAt(SafeFileHandle handle, Span<byte> buffer, long offset) =>
        PositionalRead(handle, ref MemoryMarshal.GetReference(buffer), (nuint)buffer.Length, offset);

    [LibraryImport("libc", EntryPoint = "pread", SetLastError = true)]
    private static partial nint PositionalRead(SafeFileHandle descriptor, ref byte buffer, nuint count, long offset);

    private static int Fill(FileStream stream, byte[] bytes)
    {
        var filled = 0;
        int read;
        while (filled < bytes.Length && (read = stream.Read(bytes, filled, bytes.Length - filled)) > 0)
        {
            filled += read;
        }
        return filled;
    }

    /// <summary><paramref name="head"/>, or, when the stream goes on past it, head and the rest (never past the limit).</summary>
    private static byte[] ReadRest(FileStream stream, byte[] head, long maxBytes)
    {
        Span<byte> probe = stackalloc byte[1];
        if (stream.Read(probe) == 0)
        {
            return head;
        }
        using var buffer = new MemoryStream();
        buffer.Write(head);
        buffer.Write(probe);
        var chunk = new byte[81920];
        var read = 0;
        do
        {
            if (buffer.Length + read > maxBytes)
            {
                throw new IOException($"it holds more than the {maxBytes / (1024 * 1024)} MB harness reads of one file");
            }
            buffer.Write(chunk, 0, read);
        }
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0);
        return buffer.ToArray();
    }

    /// <summary>A file changed more recently than this may be in the middle of a save.</summary>
    private static readonly TimeSpan QuietPeriod = TimeSpan.FromMilliseconds(150);

    /// <summary>
    /// The whole file as one writer left it: read once it has been quiet for a moment, between two looks at its
    /// length and time of change, and again (up to ten times) while another writer is at work, so a file an editor
    /// is saving in place (truncated, then written) is never taken for the whole file. A file that keeps changing
    /// is refused.
    /// </summary>
    public static byte[] ReadSettled(string path, long maxBytes)
    {
        for (var attempt = 0; attempt < 10; attempt++)
        {
            var before = new FileInfo(path);
            var (length, changed) = (before.Length, before.LastWriteTimeUtc);
            if (DateTime.UtcNow - changed < QuietPeriod)
            {
                Thread.Sleep(QuietPeriod);
                continue;
            }
            var bytes = ReadAll(path, maxBytes);
            var after = new FileInfo(path);
            if (bytes.Length == length && after.Length == length && after.LastWriteTimeUtc == changed)
            {
                return bytes;
            }
            Thread.Sleep(QuietPeriod);
        }
        throw new IOException("it kept changing while harness read it (an editor saving it?); save it, then run the command again");
    }

    private static FileStream OpenForRead(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        }
        var flags = OperatingSystem.IsMacOS() || OperatingSystem.IsFreeBSD() ? MacNonBlockingReadOnly : LinuxNonBlockingReadOnly;
        var descriptor = Open(path, flags);
        if (descriptor < 0)
        {
            var errno = Marshal.GetLastPInvokeError();
            throw new IOException($"it cannot be opened: {Marshal.GetPInvokeErrorMessage(errno)}");
        }
        var handle = new SafeFileHandle(descriptor, ownsHandle: true);
        try
        {
            return new FileStream(handle, FileAccess.Read, bufferSize: 0);
        }
        catch
        {
            handle.Dispose();
            throw;
        }
    }

    // O_RDONLY | O_NONBLOCK | O_CLOEXEC, as each kernel numbers them.
    private const int LinuxNonBlockingReadOnly = 0x800 | 0x80000;
    private const int LinuxNoFollow = 0x20000; // O_NOFOLLOW: a link fails to open (ELOOP)
    private const int MacNonBlockingReadOnly = 0x4 | 0x1000000;

    [LibraryImport("libc", EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Open(string path, int flags);
}
