namespace Harness.Core.Notes;

/// <summary>
/// An exclusive lock file next to the note (created with CreateNew, removed when done), so two `harness note`
/// runs never interleave: the second is refused instead of waiting or mixing.
/// </summary>
internal sealed class NoteLock : IDisposable
{
    private readonly string _fullPath;
    private readonly FileStream _stream;

    private NoteLock(string fullPath, FileStream stream)
    {
        _fullPath = fullPath;
        _stream = stream;
    }

    public static string PathFor(string notePath) => notePath + ".lock";

    public static NoteLock Acquire(string repoRoot, string notePath)
    {
        var relative = PathFor(notePath);
        var full = Path.Combine(repoRoot, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        try
        {
            return new NoteLock(full, new FileStream(full, FileMode.CreateNew, FileAccess.Write, FileShare.None));
        }
        catch (IOException) when (File.Exists(full))
        {
            throw new HarnessInputException(
                $"{notePath}: another harness note is updating it ({relative} exists); nothing written. If none is running, delete {relative}");
        }
    }

    public void Dispose()
    {
        _stream.Dispose();
        File.Delete(_fullPath);
    }
}
