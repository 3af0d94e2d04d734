using System.Buffers;
using System.Runtime.InteropServices;
using System.Text;

namespace Harness.Core.Model.Git.InProcess;

/// <summary>
/// A folder's entries with their kinds, read with getdents64(2) as git's own walk reads them: the kind comes with
/// each name, where .NET's enumeration costs an lstat (and a geteuid) per folder entry to tell a link from a folder.
/// </summary>
internal static partial class FolderListing
{
    private const int ReadOnlyFolder = 0x10000 | 0x80000; // O_RDONLY | O_DIRECTORY | O_CLOEXEC (the same on x64 and arm64)
    private const int BufferSize = 32 * 1024;
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The entries of <paramref name="folder"/> but "." and ".."; throws when it cannot be read or a name is not UTF-8.</summary>
    public static List<(string Name, FileKind Kind)> Of(string folder)
    {
        var descriptor = Open(folder, ReadOnlyFolder);
        if (descriptor < 0)
        {
            throw new IOException($"{folder}: {Marshal.GetPInvokeErrorMessage(Marshal.GetLastPInvokeError())}");
        }
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        try
        {
            var entries = new List<(string, FileKind)>();
            while (true)
            {
                var read = (int)ReadEntries(descriptor, buffer, BufferSize);
                if (read < 0)
                {
                    throw new IOException($"{folder}: {Marshal.GetPInvokeErrorMessage(Marshal.GetLastPInvokeError())}");
                }
                if (read == 0)
                {
                    return entries;
                }
                Parse(buffer.AsSpan(0, read), folder, entries);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
            Close(descriptor);
        }
    }

    // struct linux_dirent64: d_ino (8), d_off (8), d_reclen (2), d_type (1), d_name (NUL-terminated).
    private static void Parse(ReadOnlySpan<byte> records, string folder, List<(string, FileKind)> entries)
    {
        for (var offset = 0; offset < records.Length;)
        {
            var length = MemoryMarshal.Read<ushort>(records[(offset + 16)..]);
            var type = records[offset + 18];
            var nameBytes = records[(offset + 19)..(offset + length)];
            nameBytes = nameBytes[..nameBytes.IndexOf((byte)0)];
            offset += length;
            if (nameBytes.SequenceEqual("."u8) || nameBytes.SequenceEqual(".."u8))
            {
                continue;
            }
            string name;
            try
            {
                name = StrictUtf8.GetString(nameBytes);
            }
            catch (DecoderFallbackException e)
            {
                throw new IOException($"{folder}: a name that is not UTF-8", e);
            }
            var kind = type switch
            {
                4 => FileKind.Directory, // DT_DIR
                8 => FileKind.Regular, // DT_REG
                10 => FileKind.Link, // DT_LNK
                0 => FileStat.KindOf(Path.Combine(folder, name)), // DT_UNKNOWN: the file system does not say
                _ => FileKind.Other,
            };
            entries.Add((name, kind));
        }
    }

    [LibraryImport("libc", EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Open(string path, int flags);

    [LibraryImport("libc", EntryPoint = "getdents64", SetLastError = true)]
    private static partial nint ReadEntries(int descriptor, [Out] byte[] buffer, nuint length);

    [LibraryImport("libc", EntryPoint = "close")]
    private static partial int Close(int descriptor);
}
