using System.Runtime.InteropServices;
using System.Text;

namespace Harness.Core.Model.Writing;

/// <summary>
/// The one way harness writes a file: into a temporary file in the same folder, flushed to disk, then
/// renamed over the target. A crash leaves the old file or the new one, never half of one.
/// </summary>
public static partial class AtomicFile
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes <paramref name="content"/> to <paramref name="path"/>, replacing what is there.</summary>
    public static void Write(string path, string content)
    {
        var temp = WriteTemp(path, content);
        try
        {
            File.Move(temp, path, overwrite: true);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    /// <summary>Creates <paramref name="path"/> only if nothing is there; false (and no change) when it exists.</summary>
    public static bool TryCreate(string path, string content) => TryCreate(path, Utf8.GetBytes(content));

    /// <summary>Creates <paramref name="path"/> holding exactly <paramref name="bytes"/>, only if nothing is there.</summary>
    public static bool TryCreate(string path, byte[] bytes)
    {
        if (IsTaken(path))
        {
            return false;
        }
        var temp = WriteTemp(path, bytes);
        try
        {
            MoveWithoutReplacing(temp, path);
            return true;
        }
        catch (IOException) when (IsTaken(path))
        {
            TryDelete(temp);
            return false;
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    /// <summary>
    /// Moves <paramref name="source"/> to <paramref name="target"/> in one step, or throws an IOException when
    /// something is at the target, which stays as it is. On Linux and macOS through link(2), which is atomic: .NET's
    /// File.Move without overwrite looks for the target and then renames, so of two writers that looked at once the
    /// second renamed over the first's file (eight `harness new` at a time both took one lock, and one was refused
    /// with "changed on disk"; a file a person created at that moment would have been replaced). Windows, whose move
    /// without overwrite is atomic, and a file system without hard links use File.Move.
    /// </summary>
    internal static void MoveWithoutReplacing(string source, string target)
    {
        if (OperatingSystem.IsLinux() || OperatingSystem.IsMacOS())
        {
            if (Link(source, target) == 0)
            {
                // Stopped before this delete, the command leaves a temporary file of harness's own naming beside it.
                File.Delete(source);
                return;
            }
            if (Marshal.GetLastPInvokeError() == AlreadyExists)
            {
                throw new IOException($"{target} exists");
            }
            // Any other failure (no hard links here, no permission, a read-only disk) goes the way .NET moves files,
            // which raises its usual exceptions for the callers' messages.
        }
        File.Move(source, target, overwrite: false);
    }

    private const int AlreadyExists = 17; // EEXIST, on Linux and macOS alike

    [LibraryImport("libc", EntryPoint = "link", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Link(string existing, string target);

    /// <summary>
    /// Replaces <paramref name="path"/> only if it still holds <paramref name="expected"/>; false when it changed
    /// since it was read (someone else wrote it), in which case nothing is written.
    /// </summary>
    public static bool TryReplace(string path, byte[] expected, string content)
    {
        var temp = WriteTemp(path, content);
        try
        {
            if (!File.ReadAllBytes(path).AsSpan().SequenceEqual(expected))
            {
                TryDelete(temp);
                return false;
            }
            File.Move(temp, path, overwrite: true);
            return true;
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    /// <summary>True for the name of a temporary file harness writes before its rename (".NAME.GUID.tmp").</summary>
    public static bool IsTemporaryName(string fileName) =>
        fileName.Length > 38 && fileName[0] == '.' && fileName.EndsWith(".tmp", StringComparison.Ordinal)
        && fileName[^37] == '.' && fileName.AsSpan(fileName.Length - 36, 32).ContainsAnyExcept("0123456789abcdef") is false;

    /// <summary>
    /// True when anything is at <paramref name="path"/>, a link to nothing included (lstat): a dangling link is a
    /// name taken, not a free one to write through.
    /// </summary>
    public static bool IsTaken(string path) =>
        File.Exists(path) || Directory.Exists(path) || new FileInfo(path).LinkTarget is not null;

    private static string WriteTemp(string path, string content) => WriteTemp(path, Utf8.GetBytes(content));

    private static string WriteTemp(string path, byte[] bytes)
    {
        // What harness writes it must be able to read back: the reading limit holds for writing too.
        if (bytes.Length is var size && size > Documents.SourceFileReader.MaxBytes)
        {
            throw new HarnessInputException(
                $"{path}: would be {size / (1024 * 1024)} MB, past the {Documents.SourceFileReader.MaxBytes / (1024 * 1024)} MB limit for an artifact; nothing written");
        }
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(folder);
        var temp = Path.Combine(folder, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
        {
            stream.Write(bytes);
            stream.Flush(flushToDisk: true);
        }
        return temp;
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // The temporary file is ours; if it cannot go now, it is harmless and hidden.
        }
    }
}
