using Harness.Cli.Tests.Support;

namespace Harness.Cli.Tests.Commands;

/// <summary>
/// The commands an agent runs at every session start read git's config in process: restart and status of the
/// sample start no `git config`. git's own trace (GIT_TRACE, which changes nothing git reads) lists every git
/// process the built tool starts; a command that writes config still runs git, and the trace shows it.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
[Platform("Linux")]
public sealed class GitConfigProcessTests
{
    [Test]
    public void Restart_and_status_of_the_sample_start_no_git_config()
    {
        using var repo = TempRepo.Sample();
        var trace = Path.Combine(Path.GetDirectoryName(repo.Root)!, "git-trace.log");

        foreach (var args in new[] { new[] { "restart", "FEATURE-002" }, ["status"], ["restart", "FEATURE-002", "--track", "A", "--allow-incomplete"] })
        {
            var result = HarnessRunner.RunProcessWithEnvironment(repo.Root, new Dictionary<string, string> { ["GIT_TRACE"] = trace }, args);
            result.ExitCode.Should().Be(0, string.Join(' ', args) + ": " + result.Error);
        }

        var started = GitCommands(trace);
        started.Should().NotContain(command => command.StartsWith("git config", StringComparison.Ordinal));
    }

    [Test]
    public void Restart_of_the_sample_starts_no_git_process()
    {
        using var repo = TempRepo.Sample();
        var trace = Path.Combine(Path.GetDirectoryName(repo.Root)!, "git-trace.log");
        var variables = new Dictionary<string, string> { ["GIT_TRACE"] = trace };

        var restart = HarnessRunner.RunProcessWithEnvironment(repo.Root, variables, "restart", "FEATURE-002");

        restart.ExitCode.Should().Be(0, restart.Error);
        restart.Output.Should().Contain("FEATURE-002");
        GitCommands(trace).Should().BeEmpty("HEAD, the config, the status and the recent commits are read in process");
        // The trace does list git processes when harness starts one: `worktree list` is no in-process read.
        HarnessRunner.RunProcessWithEnvironment(repo.Root, variables, "agents").ExitCode.Should().Be(0);
        GitCommands(trace).Should().NotBeEmpty();
    }

    [Test]
    public void A_command_that_writes_config_still_runs_git_and_reads_what_it_wrote()
    {
        using var repo = TempRepo.Sample();
        var trace = Path.Combine(Path.GetDirectoryName(repo.Root)!, "git-trace.log");
        var variables = new Dictionary<string, string> { ["GIT_TRACE"] = trace };

        HarnessRunner.RunProcessWithEnvironment(repo.Root, variables, "start", "FEATURE-002", "--track", "A").ExitCode.Should().Be(0);
        var restart = HarnessRunner.RunProcessWithEnvironment(repo.Root, variables, "restart", "--current", "--allow-incomplete");

        GitCommands(trace).Should().Contain(command => command.StartsWith("git config", StringComparison.Ordinal), "start writes harness.task and harness.track");
        restart.ExitCode.Should().Be(0, restart.Error);
        restart.Output.Should().Contain("FEATURE-002");
    }

    // A trace line: "07:35:18.819200 git.c:460               trace: built-in: git config --get x.a". git writes the
    // file when it starts: no file, no git process.
    private static List<string> GitCommands(string trace) =>
        (File.Exists(trace) ? File.ReadAllLines(trace) : [])
            .Select(line => line.IndexOf("trace: built-in: ", StringComparison.Ordinal) is var at and >= 0 ? line[(at + "trace: built-in: ".Length)..] : null)
            .OfType<string>().ToList();
}
