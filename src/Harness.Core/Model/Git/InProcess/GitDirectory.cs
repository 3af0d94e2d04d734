namespace Harness.Core.Model.Git.InProcess;

/// <summary>
/// Where a work tree's repository lives: its git dir (the `.git` folder, or the folder a `gitdir:` file names, as a
/// linked work tree has) and the common dir its objects, refs and shared config sit in.
/// </summary>
internal sealed record GitDirectory(string GitDir, string CommonDir)
{
    private const string GitdirLine = "gitdir: ";

    public static GitDirectory? Find(string topLevel)
    {
        var dotGit = Path.Combine(topLevel, ".git");
        string gitDir;
        switch (FileStat.KindOf(dotGit))
        {
            case FileKind.Directory:
                gitDir = dotGit;
                break;
            case FileKind.Regular:
                var line = File.ReadAllText(dotGit).TrimEnd('\n', '\r');
                if (!line.StartsWith(GitdirLine, StringComparison.Ordinal))
                {
                    return null;
                }
                gitDir = Path.GetFullPath(line[GitdirLine.Length..], topLevel);
                if (FileStat.KindOf(gitDir) != FileKind.Directory)
                {
                    return null;
                }
                break;
            default:
                return null;
        }
        var commonFile = Path.Combine(gitDir, "commondir");
        var common = File.Exists(commonFile) ? Path.GetFullPath(File.ReadAllText(commonFile).TrimEnd('\n', '\r'), gitDir) : gitDir;
        return FileStat.KindOf(common) == FileKind.Directory ? new GitDirectory(gitDir, common) : null;
    }
}
