using Harness.Cli.Tests.Support;

namespace Harness.Cli.Tests.Commands;

/// <summary>
/// Lint lists the repo's files (for owned globs that match nothing) from git's index and the work tree in process:
/// on the sample it starts no `git ls-files`, and a file it adds untracked is still seen. git's own trace
/// (GIT_TRACE, which changes nothing git reads) lists every git process the built tool starts.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
[Platform("Linux")]
public sealed class LintGitProcessTests
{
    [Test]
    public void Lint_of_the_sample_lists_its_files_without_git_ls_files()
    {
        using var repo = TempRepo.Sample();
        var trace = Path.Combine(Path.GetDirectoryName(repo.Root)!, "git-trace.log");
        var variables = new Dictionary<string, string> { ["GIT_TRACE"] = trace };
        var featureList = Path.Combine(repo.Root, "docs", "harness", "feature-list.md");
        File.WriteAllText(featureList, File.ReadAllText(featureList).Replace("`src/support_hub/audit_log.sh`", "`src/not_yet/*.sh`", StringComparison.Ordinal));

        var unmatched = HarnessRunner.RunProcessWithEnvironment(repo.Root, variables, "lint", "--format", "json");
        Directory.CreateDirectory(Path.Combine(repo.Root, "src", "not_yet"));
        File.WriteAllText(Path.Combine(repo.Root, "src", "not_yet", "draft.sh"), "echo draft\n");
        var matched = HarnessRunner.RunProcessWithEnvironment(repo.Root, variables, "lint", "--format", "json");

        unmatched.Output.Should().Contain("HRN015").And.Contain("src/not_yet/*.sh", "track B now owns a glob that matches no file");
        matched.Output.Should().NotContain("HRN015", "an untracked file git does not ignore counts as the repo's");
        var started = File.ReadAllLines(trace).Where(line => line.Contains("trace: built-in: git ", StringComparison.Ordinal)).ToList();
        started.Should().NotContain(line => line.Contains("git ls-files", StringComparison.Ordinal));
    }
}
