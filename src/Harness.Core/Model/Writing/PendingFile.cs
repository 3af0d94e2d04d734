namespace Harness.Core.Model.Writing;

/// <summary>
/// A file a command will write, checked and (for a merge) computed already, not yet written: commands that
/// touch several files prepare them all first, so that a file refused halfway leaves none of them written.
/// </summary>
public sealed class PendingFile(string path, Func<FileAction> write)
{
    /// <summary>The repo-relative path the write touches.</summary>
    public string Path { get; } = path;

    /// <summary>Writes the file (or keeps it) and says what was done.</summary>
    public FileAction Apply() => write();

    public static PendingFile Kept(string path, string? why = null) => new(path, () => new FileAction(FileActionKind.Kept, path, Why: why));
}

/// <summary>A path that is a symbolic link to nothing: writing through it would create the link's target somewhere else.</summary>
internal static class DanglingLink
{
    public static void Refuse(string root, string relativePath)
    {
        var info = new FileInfo(System.IO.Path.Combine(root, relativePath));
        if (info.LinkTarget is not { } target)
        {
            return;
        }
        bool exists;
        try
        {
            exists = info.ResolveLinkTarget(returnFinalTarget: true)?.Exists ?? false;
        }
        catch (IOException)
        {
            exists = false;   // a loop of links
        }
        if (!exists)
        {
            throw new HarnessInputException($"{relativePath}: is a link to {target}, which does not exist; remove the link or create the file it points to, then run the command again (nothing was written)");
        }
    }
}

/// <summary>A file on the way to a file to write, where a folder must be: creating the folder would fail halfway through a command.</summary>
internal static class FileOnTheWay
{
    public static void Refuse(string root, string relativePath)
    {
        var parts = relativePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        for (var count = 1; count < parts.Length; count++)
        {
            var folder = string.Join('/', parts.Take(count));
            if (File.Exists(System.IO.Path.Combine(root, folder)))
            {
                throw new HarnessInputException($"{relativePath}: {folder} is a file where harness needs a folder; move it away, then run the command again (nothing was written)");
            }
        }
    }
}
