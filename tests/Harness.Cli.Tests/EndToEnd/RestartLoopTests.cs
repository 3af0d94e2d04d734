using System.Diagnostics;
using System.Text.Json;
using Harness.Cli.Tests.Support;

namespace Harness.Cli.Tests.EndToEnd;

/// <summary>
/// The whole loop as agents play it across sessions, every step a real process on a temporary git repo, with
/// `harness` on PATH as the installed hooks call it: init --agent claude on a three-track feature; session 1 is
/// coder-a's on Track A (start, edit, verify, note, handoff to coder-b as done, commit, each commit through the
/// pre-commit hook);
/// session 2 begins with exactly the command the installed SessionStart hook runs, from a folder outside the repo
/// with CLAUDE_PROJECT_DIR set as Claude Code sets it, for coder-b
/// (launched with HARNESS_TASK/HARNESS_TRACK); coder-b's commit of a file of A is stopped by the installed hook;
/// session 3 is the reviewer's. Each prompt must point its fresh agent the right way.
/// It runs beside the other tests: it shares no state of the test process (each child gets its own PATH and
/// variables, the repo and its bin folder are its own), and its steps wait on no clock but their 120 s limit.
/// </summary>
public sealed class RestartLoopTests
{
    private const string FeatureList = "docs/harness/feature-list.md";

    [Test]
    public void Three_sessions_of_one_feature_each_resume_from_what_the_last_one_left()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Ignore("the installed hooks are POSIX shell scripts");
        }
        using var repo = TempRepo.Sample();
        // Before session 1 the planner has set Track A going.
        repo.Edit(FeatureList, "- Status\n  - done\n- Owner\n  - coder-a", "- Status\n  - in-progress\n- Owner\n  - coder-a");
        repo.CommitAll("planner: Track A starts");
        var loop = new Loop(repo);
        loop.Harness("init", "--agent", "claude").ShouldSucceed();
        loop.Harness("hooks", "install").ShouldSucceed();
        var hook = SessionStartHook(repo);
        loop.Git("add", "-A");
        loop.Git("commit", "-q", "-m", "planner: agent set-up").ShouldSucceed();

        // Session 1: coder-a on Track A.
        loop.Harness("start", "FEATURE-002", "--track", "A").ShouldSucceed();
        var prompt1 = loop.Shell(repo.Root, hook);
        prompt1.ExitCode.Should().Be(0, prompt1.ToString());
        prompt1.Output.Should().Contain("Track A").And.Contain("coder-a").And.NotContain("You are the planner");
        File.AppendAllText(repo.PathOf("src/support_hub/assignee_filter.sh"), "# blank-only assignees count as none\n");
        File.AppendAllText(repo.PathOf("tests/test_assignee_filter.sh"), "# covered: blank-only assignee\n");
        // The order: edit, verify on the dirty tree, note, handoff, then one commit of it all. The record
        // keeps the tree it ran on, so the commit of that same code leaves it current.
        loop.Harness("verify", "FEATURE-002", "--track", "A").ShouldSucceed();
        loop.Harness("note", "--completed", "Track A: blank-only assignees count as none", "--next", "coder-b: build the audit log on A's filter").ShouldSucceed();
        var handoff = loop.Harness("handoff", "--to", "coder-b", "--status", "done");
        handoff.ShouldSucceed();
        loop.Git("add", "-A");
        loop.Git("commit", "-q", "-m", "Track A: blank-only assignees, verified, noted and handed to coder-b").ShouldSucceed();
        repo.Read(FeatureList).Should().Contain("### Track A: Assignee Filter Semantics\n- Status\n  - done\n", "handoff --status done moved the track");

        // Session 2: coder-b, in a fresh session that starts with exactly the installed hook, from a folder outside
        // the repo: the client sets CLAUDE_PROJECT_DIR, and the hook names it.
        loop.Harness("start", "--clear").ShouldSucceed();
        var coderB = new Dictionary<string, string> { ["HARNESS_TASK"] = "FEATURE-002", ["HARNESS_TRACK"] = "B" };
        var outside = Path.GetFullPath(Path.Combine(repo.Root, "..", "elsewhere"));
        Directory.CreateDirectory(outside);
        hook.Should().Contain("$CLAUDE_PROJECT_DIR");
        var prompt2 = loop.Shell(outside, hook, coderB);
        prompt2.ExitCode.Should().Be(0, prompt2.ToString());
        prompt2.Output.Should().Contain("Track B").And.Contain("coder-b").And.NotContain("You are the planner");
        prompt2.Output.Length.Should().BeLessThanOrEqualTo(9500, "the hook's budget, under what Claude Code passes to the model whole");
        prompt2.Output.Should().Contain("blank-only assignees count as none", "A's handoff reaches its addressee");
        prompt2.Output.Split('\n').Should().Contain(l => l.StartsWith("- A | coder-a | done | none | pass |", StringComparison.Ordinal),
            "Track A's line shows it done, and its verify stays pass through note, handoff and commit:\n" + prompt2.Output);

        File.AppendAllText(repo.PathOf("src/support_hub/assignee_filter.sh"), "# coder-b reaching into A's file\n");
        loop.Git("add", "-A");
        var refused = loop.Git(coderB, "commit", "-q", "-m", "coder-b edits A's filter");
        refused.ExitCode.Should().NotBe(0, "the installed pre-commit hook stops coder-b's commit of a file of Track A");
        (refused.Output + refused.Error).Should().Contain("src/support_hub/assignee_filter.sh").And.Contain("Track A");
        loop.Git("reset", "-q", "--hard").ShouldSucceed();

        // Session 3: the reviewer of Track C, from a subfolder, in a client that leaves CLAUDE_PROJECT_DIR empty:
        // `--repo ""` is the current folder, and harness finds the repo upwards.
        var reviewer = new Dictionary<string, string> { ["HARNESS_TASK"] = "FEATURE-002", ["HARNESS_TRACK"] = "C", ["CLAUDE_PROJECT_DIR"] = "" };
        var prompt3 = loop.Shell(repo.PathOf("src/support_hub"), hook, reviewer);
        prompt3.ExitCode.Should().Be(0, prompt3.ToString());
        prompt3.Output.Should().Contain("Track C").And.Contain("reviewer").And.NotContain("You are the planner");
        prompt3.Output.Length.Should().BeLessThanOrEqualTo(9500);
    }

    private static string SessionStartHook(TempRepo repo)
    {
        using var settings = JsonDocument.Parse(repo.Read(".claude/settings.json"));
        return settings.RootElement.GetProperty("hooks").GetProperty("SessionStart")[0].GetProperty("hooks")[0].GetProperty("command").GetString()!;
    }

    /// <summary>Real processes in the repo, with a `harness` on PATH that runs this build, as the installed hooks call it.</summary>
    private sealed class Loop
    {
        private readonly TempRepo _repo;
        private readonly string _bin;

        public Loop(TempRepo repo)
        {
            _repo = repo;
            _bin = Path.GetFullPath(Path.Combine(repo.Root, "..", "bin"));
            Directory.CreateDirectory(_bin);
            var wrapper = Path.Combine(_bin, "harness");
            File.WriteAllText(wrapper, HarnessBinary.Shim);
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(wrapper, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
        }

        public Outcome Harness(params string[] args) => Run(_repo.Root, "harness", args, null);

        public Outcome Git(params string[] args) => Run(_repo.Root, "git", args, null);

        public Outcome Git(IReadOnlyDictionary<string, string> session, params string[] args) => Run(_repo.Root, "git", args, session);

        /// <summary>A hook's command line as the client runs it: through the shell, in <paramref name="folder"/>.</summary>
        public Outcome Shell(string folder, string command, IReadOnlyDictionary<string, string>? session = null) =>
            Run(folder, "sh", ["-c", command], session);

        private Outcome Run(string folder, string program, IEnumerable<string> args, IReadOnlyDictionary<string, string>? session)
        {
            var info = new ProcessStartInfo(program)
            {
                WorkingDirectory = folder,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var arg in args)
            {
                info.ArgumentList.Add(arg);
            }
            info.Environment["PATH"] = _bin + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH");
            info.Environment["NO_COLOR"] = "1";
            info.Environment["CLAUDE_PROJECT_DIR"] = _repo.Root;
            foreach (var (key, value) in session ?? new Dictionary<string, string>())
            {
                info.Environment[key] = value;
            }
            using var process = Process.Start(info)!;
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            if (!process.WaitForExit(120_000))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail($"{program} {string.Join(' ', args)} did not finish in 120 s");
            }
            return new Outcome($"{program} {string.Join(' ', args)}", process.ExitCode, output, error.Result);
        }
    }

    private sealed record Outcome(string Command, int ExitCode, string Output, string Error)
    {
        public void ShouldSucceed() => ExitCode.Should().Be(0, ToString());

        public override string ToString() => $"{Command}: exit {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Error}";
    }
}
