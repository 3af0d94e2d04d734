using System.Diagnostics;
using System.Globalization;

namespace Harness.Core.Tests.Lint.Support;

/// <summary>
/// Gives a fixture's copy the git history its git-commits.txt describes. The machine's git configuration is not
/// read and every commit has a fixed author, date and message, so the commit hashes a finding quotes (the stale
/// Progress Note rule names the note's commit) are the same on every machine and every run.
/// </summary>
internal static class FixtureGit
{
    private static readonly DateTimeOffset FirstCommit = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);

    public static void Build(string repo, IReadOnlyList<string[]> commits)
    {
        Run(repo, null, "init", "--quiet", "--template=");
        for (var i = 0; i < commits.Count; i++)
        {
            var date = FirstCommit.AddDays(i).ToString("yyyy-MM-ddTHH:mm:ssK", CultureInfo.InvariantCulture);
            Run(repo, null, ["add", "--", .. commits[i]]);
            Run(repo, date, "commit", "--quiet", "--no-verify", "--allow-empty", "-m", $"fixture commit {i + 1}");
        }
    }

    private static void Run(string repo, string? date, params string[] arguments)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = repo,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])["-c", "user.name=Fixture", "-c", "user.email=fixture@example.invalid", "-c", "commit.gpgsign=false", .. arguments])
        {
            start.ArgumentList.Add(argument);
        }
        // The child's environment only: the test process's own stays untouched.
        start.Environment["GIT_CONFIG_NOSYSTEM"] = "1";
        start.Environment["GIT_CONFIG_GLOBAL"] = "/dev/null";
        start.Environment.Remove("GIT_DIR");
        start.Environment.Remove("GIT_WORK_TREE");
        if (date is not null)
        {
            start.Environment["GIT_AUTHOR_DATE"] = date;
            start.Environment["GIT_COMMITTER_DATE"] = date;
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            Assert.Fail($"git {string.Join(' ', arguments)} failed in {repo} ({process.ExitCode}): {error}{output.Result}");
        }
    }
}
