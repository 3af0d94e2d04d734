namespace Harness.Core.Model.Git.InProcess;

/// <summary>
/// Which system config file the git harness starts reads. A distribution's git (/usr/bin/git) reads /etc/gitconfig;
/// a git built elsewhere reads its own prefix's etc/gitconfig, which only it can name: then this is null.
/// </summary>
internal static class SystemGit
{
    private const string DistributionSystemConfig = "/etc/gitconfig";

    private static readonly string[] DistributionGits = ["/usr/bin/git", "/bin/git"];

    public static string? ConfigFile(ProcessEnvironment environment) =>
        ProgramOnPath(environment) is { } git && DistributionGits.Contains(git, StringComparer.Ordinal) ? DistributionSystemConfig : null;

    // .NET starts "git" from the program's own folder or the current folder before the PATH (Process.ResolvePath).
    private static string? ProgramOnPath(ProcessEnvironment environment)
    {
        var programFolder = Path.GetDirectoryName(Environment.ProcessPath);
        if ((programFolder is not null && File.Exists(Path.Combine(programFolder, "git"))) || File.Exists(Path.Combine(Environment.CurrentDirectory, "git")))
        {
            return null;
        }
        var path = environment.Variables.GetValueOrDefault("PATH") ?? "";
        foreach (var folder in path.Split(Path.PathSeparator))
        {
            if (!Path.IsPathRooted(folder))
            {
                return null; // an empty or relative entry names a folder that depends on where git starts
            }
            var candidate = Path.Combine(folder, "git");
            if (File.Exists(candidate))
            {
                return Path.GetFullPath(candidate);
            }
        }
        return null;
    }
}
