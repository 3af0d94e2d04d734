using System.Diagnostics;
using Harness.Cli.Tests.Support;

namespace Harness.Cli.Tests.Commands;

public sealed class VerifyCommandTests
{
    [Test]
    public void A_passing_track_writes_one_record_at_head_on_a_clean_tree_and_exits_0()
    {
        using var repo = TempRepo.Sample();
        var head = repo.RunGit("rev-parse", "HEAD").Trim();

        var result = repo.Harness("verify", "FEATURE-002", "--track", "A");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Output.Should().Contain("checks: 5, failures: 0").And.Contain("Track A: passed");
        var file = Evidence.Files(repo, "FEATURE-002").Should().ContainSingle().Subject;
        Path.GetFileName(file).Should().MatchRegex(@"^\d{8}T\d{9}Z-A\.json$");
        var record = Evidence.Single(repo, "FEATURE-002");
        record.GetProperty("task").GetString().Should().Be("FEATURE-002");
        record.TryGetProperty("feature", out _).Should().BeFalse("new records name the task `task` (docs/evidence.md)");
        record.GetProperty("track").GetString().Should().Be("A");
        record.GetProperty("command").GetString().Should().Be("sh tests/test_assignee_filter.sh");
        record.GetProperty("exitCode").GetInt32().Should().Be(0);
        record.GetProperty("commit").GetString().Should().Be(head);
        record.GetProperty("dirty").GetBoolean().Should().BeFalse();
        record.GetProperty("outcome").GetString().Should().Be("passed");
        record.GetProperty("outputTail").GetString().Should().Contain("checks: 5, failures: 0");
        record.GetProperty("durationMs").GetInt64().Should().BeGreaterThanOrEqualTo(0);
    }

    [Test]
    public void A_failing_brief_command_is_recorded_as_failed_and_exits_1()
    {
        using var repo = Evidence.SampleWithBriefCommand("echo broken; exit 3");

        var result = repo.Harness("verify", "FEATURE-001");

        result.ExitCode.Should().Be(1, result.ToString());
        result.Output.Should().Contain("broken").And.Contain("failed (exit 3");
        Path.GetFileName(Evidence.Files(repo, "FEATURE-001").Single()).Should().EndWith("-brief.json");
        var record = Evidence.Single(repo, "FEATURE-001");
        record.GetProperty("track").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null);
        record.GetProperty("exitCode").GetInt32().Should().Be(3);
        record.GetProperty("outcome").GetString().Should().Be("failed");
    }

    [Test]
    public void The_tree_is_dirty_when_a_file_changed_before_the_run_but_not_for_harness_state()
    {
        using var repo = TempRepo.Sample();
        repo.Write(".harness/scratch.txt", "harness state does not count");
        repo.Harness("verify", "FEATURE-002", "--track", "A").ExitCode.Should().Be(0);
        repo.Write("notes.txt", "an untracked file");

        repo.Harness("verify", "FEATURE-002", "--track", "A").ExitCode.Should().Be(0);

        var dirty = Evidence.Files(repo, "FEATURE-002")
            .Select(f => System.Text.Json.JsonDocument.Parse(File.ReadAllText(f)).RootElement.GetProperty("dirty").GetBoolean());
        dirty.Should().Equal(false, true);
    }

    [Test]
    public void A_timeout_kills_the_whole_process_tree_and_records_timed_out()
    {
        var (first, second) = (SleeperSeconds(), SleeperSeconds());
        using var repo = Evidence.SampleWithBriefCommand($"sleep {first} & sleep {second}; wait");
        var clock = Stopwatch.StartNew();

        var result = repo.Harness("verify", "FEATURE-001", "--timeout", "1");

        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(30));
        result.ExitCode.Should().Be(1, result.ToString());
        result.Output.Should().Contain("timed-out");
        var record = Evidence.Single(repo, "FEATURE-001");
        record.GetProperty("outcome").GetString().Should().Be("timed-out");
        record.GetProperty("exitCode").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null);
        SleepersLeft(first, second).Should().BeEmpty();
    }

    [Test]
    public void A_command_that_exits_0_while_a_background_child_holds_its_output_passes_under_a_timeout()
    {
        var pidFile = PidFile();
        // The child holds the pipe for 300 s and the timeout is 240 s: a run that waited for either takes minutes, one
        // that ends when the command exits takes seconds, even with the start of dotnet slowed by a loaded machine.
        using var repo = Evidence.SampleWithBriefCommand($"(sleep 300 & echo $! > {pidFile}); echo started");
        var clock = Stopwatch.StartNew();

        var result = HarnessRunner.RunProcess(repo.Root, "verify", "FEATURE-001", "--timeout", "240");

        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(50), "the run ends when the command exits, not when its pipe closes");
        result.ExitCode.Should().Be(0, result.ToString());
        result.Output.Should().Contain("started").And.Contain("FEATURE-001 brief: passed (exit 0");
        var record = Evidence.Single(repo, "FEATURE-001");
        record.GetProperty("outcome").GetString().Should().Be("passed");
        record.GetProperty("exitCode").GetInt32().Should().Be(0);
        IsRunning(pidFile).Should().BeFalse("the background child was in the command's process group");
    }

    [Test]
    public void A_command_that_exits_3_while_a_background_child_holds_its_output_is_recorded_with_exit_3_at_once()
    {
        var pidFile = PidFile();
        // The child holds the pipe for 300 s: waiting for it would take minutes, not the seconds of a loaded machine.
        using var repo = Evidence.SampleWithBriefCommand($"(sleep 300 & echo $! > {pidFile}); echo started; exit 3");
        var clock = Stopwatch.StartNew();

        var result = HarnessRunner.RunProcess(repo.Root, "verify", "FEATURE-001");

        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(50), "the run ends when the command exits, not when its pipe closes");
        result.ExitCode.Should().Be(1, result.ToString());
        result.Output.Should().Contain("FEATURE-001 brief: failed (exit 3");
        var record = Evidence.Single(repo, "FEATURE-001");
        record.GetProperty("outcome").GetString().Should().Be("failed");
        record.GetProperty("exitCode").GetInt32().Should().Be(3);
        record.GetProperty("outputTail").GetString().Should().Contain("started");
        IsRunning(pidFile).Should().BeFalse();
    }

    [Test]
    public void A_timeout_kills_a_child_orphaned_by_a_subshell_too()
    {
        // The subshell exits at once, so its `sleep` is no longer in the command's process tree, only in its group.
        var pidFile = PidFile();
        using var repo = Evidence.SampleWithBriefCommand($"(sleep 30 & echo $! > {pidFile}); sleep 30");

        var result = HarnessRunner.RunProcess(repo.Root, "verify", "FEATURE-001", "--timeout", "2");

        result.ExitCode.Should().Be(1, result.ToString());
        Evidence.Single(repo, "FEATURE-001").GetProperty("outcome").GetString().Should().Be("timed-out");
        IsRunning(pidFile).Should().BeFalse();
    }

    [Test]
    public void An_evidence_folder_that_is_a_file_is_refused_before_the_command_runs()
    {
        var marker = Path.Combine(Path.GetTempPath(), $"harness-ran-{Guid.NewGuid():N}");
        using var repo = Evidence.SampleWithBriefCommand($"touch {marker}");
        repo.Write(".harness/evidence", "ここには証跡フォルダを置く予定だった\n");

        var result = HarnessRunner.RunProcess(repo.Root, "verify", "FEATURE-001");

        result.ExitCode.Should().Be(2, result.ToString());
        result.Error.Trim().Should().Be(
            "harness: .harness/evidence: is a file where harness keeps the evidence folder .harness/evidence/FEATURE-001; move it away, nothing was run");
        File.Exists(marker).Should().BeFalse("the command is not run when its result could not be recorded");
        repo.Read(".harness/evidence").Should().Be("ここには証跡フォルダを置く予定だった\n");
    }

    [Test]
    public void Ctrl_c_kills_the_tree_and_records_the_run_as_interrupted()
    {
        var (first, second) = (SleeperSeconds(), SleeperSeconds());
        using var repo = Evidence.SampleWithBriefCommand($"echo started; sleep {first} & sleep {second}; wait");
        var info = HarnessBinary.StartInfo(repo.Root, ["verify", "FEATURE-001"]);
        using var harness = Process.Start(info)!;
        _ = harness.StandardError.ReadToEndAsync();
        var output = new System.Text.StringBuilder();
        string? line;
        while ((line = harness.StandardOutput.ReadLine()) is not null && !line.Contains("started", StringComparison.Ordinal))
        {
            output.AppendLine(line);
        }
        line.Should().NotBeNull(output.ToString());

        using (var kill = Process.Start("kill", ["-INT", harness.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            kill.WaitForExit();
        }
        var rest = harness.StandardOutput.ReadToEnd();
        harness.WaitForExit(30_000).Should().BeTrue();

        harness.ExitCode.Should().Be(1, rest);
        rest.Should().Contain("interrupted");
        Evidence.Single(repo, "FEATURE-001").GetProperty("outcome").GetString().Should().Be("interrupted");
        SleepersLeft(first, second).Should().BeEmpty();
    }

    [Test]
    public void Credentials_in_urls_options_quoted_values_and_vendor_tokens_never_reach_the_evidence_file()
    {
        using var repo = Evidence.SampleWithBriefCommand(
            "echo postgres://app:pw-Secr3t@db/app; echo sk_live_4eC39HqLyjWDarjtT1zdp7dc glpat-xxxxXXXXxxxxXXXXxxxx; " +
            "echo AIzaSyA-1234567890abcdefghijklmnopqrstu npm_abcdefghijklmnopqrstuvwxyz0123456789; " +
            "echo eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c; " +
            "echo Authorization: Basic dXNlcjpwYXNzd29yZA==; echo mysql -uroot -pHunter22; echo deploy --password Hunter33; " +
            "echo https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX; " +
            "echo \"PASSWORD: 'correct horse battery staple'\"; echo AccountKey=abc123def456");

        repo.Harness("verify", "FEATURE-001").ExitCode.Should().Be(0);

        var text = File.ReadAllText(Evidence.Files(repo, "FEATURE-001").Single());
        foreach (var leak in new[] { "pw-Secr3t", "4eC39Hq", "glpat-xxxx", "AIzaSyA", "npm_abcdef", "SflKxwRJ", "dXNlcjpw", "Hunter22", "Hunter33",
                     "XXXXXXXXXXXX", "horse", "abc123def456" })
        {
            text.Should().NotContain(leak);
        }
        text.Should().Contain("postgres://app:[REDACTED]@db/app").And.Contain("AccountKey=[REDACTED]");
    }

    [Test]
    public void A_planted_secret_never_reaches_the_evidence_file()
    {
        using var repo = Evidence.SampleWithBriefCommand(
            "echo token=ghp_abcdefghijklmnopqrstuvwxyz0123456789; echo password=hunter2; echo Authorization: Bearer abc.def.ghijklmnop; echo AKIAABCDEFGHIJKLMNOP");

        repo.Harness("verify", "FEATURE-001").ExitCode.Should().Be(0);

        var text = File.ReadAllText(Evidence.Files(repo, "FEATURE-001").Single());
        text.Should().NotContain("ghp_abcdef").And.NotContain("hunter2").And.NotContain("abc.def.ghijklmnop")
            .And.NotContain("AKIAABCDEFGHIJKLMNOP").And.Contain("[REDACTED]").And.Contain("password=");
    }

    [Test]
    public void A_track_without_a_runnable_command_is_named_with_its_verify_signal_and_not_run()
    {
        using var repo = TempRepo.Sample();
        repo.Edit("docs/harness/feature-list.md", "`sh tests/run_all.sh` passes with no failure.", "every test passes, checked by hand.");

        var result = repo.Harness("verify", "FEATURE-002", "--track", "C");

        result.ExitCode.Should().Be(1, result.ToString());
        result.Output.Should().Contain("Track C: no runnable verify command")
            .And.MatchRegex(@"docs/harness/feature-list\.md:\d+:\d+")
            .And.Contain("every test passes, checked by hand.");
        Evidence.Files(repo, "FEATURE-002").Should().BeEmpty();
    }

    [Test]
    public void Two_runs_at_once_write_two_whole_records()
    {
        using var repo = TempRepo.Sample();

        var results = new CliResult[2];
        Parallel.For(0, 2, i => results[i] = repo.Harness("verify", "FEATURE-002", "--track", "A"));

        results.Should().OnlyContain(r => r.ExitCode == 0);
        var files = Evidence.Files(repo, "FEATURE-002");
        files.Should().HaveCount(2);
        files.Select(f => System.Text.Json.JsonDocument.Parse(File.ReadAllText(f)).RootElement.GetProperty("outcome").GetString())
            .Should().OnlyContain(o => o == "passed");
    }

    [Test]
    public void An_unknown_track_is_an_input_error()
    {
        using var repo = TempRepo.Sample();

        var result = repo.Harness("verify", "FEATURE-002", "--track", "Z");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("no track 'Z'").And.Contain("A, B, C");
    }

    private static string PidFile() => Path.Combine(Path.GetTempPath(), $"harness-verify-{Guid.NewGuid():N}.pid");

    /// <summary>Whether the process whose id the command wrote is still alive (a zombie awaiting its reaper is not).</summary>
    private static bool IsRunning(string pidFile)
    {
        var pid = File.ReadAllText(pidFile).Trim();
        File.Delete(pidFile);
        for (var i = 0; i < 20; i++)
        {
            var stat = $"/proc/{pid}/stat";
            var text = File.Exists(stat) ? File.ReadAllText(stat) : null;
            // The state follows the command name in parentheses: "PID (sleep) S ...".
            if (text is null || text[(text.LastIndexOf(')') + 2)..].StartsWith('Z'))
            {
                return false;
            }
            Thread.Sleep(100);
        }
        return true;
    }

    /// <summary>
    /// A sleep length no other test (nor another run of the suite at the same time) uses, so that the `ps` check of
    /// one test never sees the sleepers of another that is still running.
    /// </summary>
    private static int SleeperSeconds() => Random.Shared.Next(4_700_000, 4_800_000);

    /// <summary>
    /// The sleepers of <paramref name="seconds"/> still running, looked for until none is or 5 s have passed: a
    /// process killed with SIGKILL still has to be scheduled to die, and on a loaded machine the native harness can
    /// have exited before its killed group has (a sleeper that survives the kill stays past the 5 s).
    /// </summary>
    private static List<string> SleepersLeft(params int[] seconds)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(5);
        while (true)
        {
            var info = new ProcessStartInfo("ps", "-eo args") { RedirectStandardOutput = true, UseShellExecute = false };
            using var ps = Process.Start(info)!;
            var lines = ps.StandardOutput.ReadToEnd().Split('\n');
            ps.WaitForExit();
            var left = lines.Where(l => seconds.Any(s => l.Trim() == $"sleep {s}")).ToList();
            if (left.Count == 0 || DateTime.UtcNow > deadline)
            {
                return left;
            }
            Thread.Sleep(50);
        }
    }
}
