using Harness.Core.Model.Git;
using Harness.Core.Model.Git.InProcess;

namespace Harness.Core.Tests.Model.Git.InProcess;

/// <summary>
/// The recent-commits log of a <see cref="StatusSandbox"/>, read in process and by git's own `git log` (through the
/// parser harness reads it with), each as one comparable line per commit.
/// </summary>
internal static class LogSandbox
{
    public static IReadOnlyList<string>? InProcess(StatusSandbox box, string prefix, int depth)
    {
        var environment = box.ReaderEnvironment;
        var reader = RefReader.Open(box.Top, environment);
        return reader?.RecentCommits(prefix, depth, GitConfigReader.Open(box.Top, environment), p => FromTopLevel(prefix, p)) is { } commits
            ? Lines(commits)
            : null;
    }

    public static IReadOnlyList<string> FromGit(StatusSandbox box, string prefix, int depth)
    {
        var result = StatusSandbox.RunAllowingFailure(Path.Combine(box.Top, prefix), box.Variables,
            "-c", "core.quotepath=false", "log", $"-n{depth}", "--format=%x1e%H%x1f%ct%x1f%s", "--name-only", "--", ".");
        return result.ExitCode == 0 ? Lines(GitLogParser.Commits(result.Output, p => FromTopLevel(prefix, p))) : [];
    }

    /// <summary>The in-process answer, asserted to be git's when it gives one, and git's.</summary>
    public static (IReadOnlyList<string>? Mine, IReadOnlyList<string> Git) ShouldMatchGit(StatusSandbox box, string prefix, int depth, string context)
    {
        var mine = InProcess(box, prefix, depth);
        var git = FromGit(box, prefix, depth);
        if (mine is not null)
        {
            mine.Should().Equal(git, $"{context}, prefix '{prefix}', -n{depth}");
        }
        return (mine, git);
    }

    /// <summary>Makes a commit of exactly <paramref name="message"/> (no cleanup), of everything in the work tree.</summary>
    public static void Commit(StatusSandbox box, string message)
    {
        var file = Path.Combine(box.Container, "message.txt");
        File.WriteAllText(file, message);
        box.Git("add", "-A");
        box.Git("commit", "-q", "--allow-empty", "--allow-empty-message", "--cleanup=verbatim", "-F", file);
    }

    private static string? FromTopLevel(string prefix, string path) =>
        prefix.Length == 0 ? path : path.StartsWith(prefix, StringComparison.Ordinal) ? path[prefix.Length..] : null;

    private static List<string> Lines(IReadOnlyList<GitCommit> commits) =>
        commits.Select(c => $"{c.Hash} {c.Time.ToUnixTimeSeconds()} [{c.Subject}] {string.Join(" | ", c.Files)}").ToList();
}
