using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using Harness.Cli.Tests.Support;
using ModelContextProtocol;

namespace Harness.Cli.Tests.Mcp;

/// <summary>A verify that takes a while, through `harness mcp`: other calls go on meanwhile, a cancel stops it, progress says how far it is.</summary>
public sealed class McpLongCallTests
{
    [Test]
    public async Task A_status_and_a_restart_sent_while_a_verify_runs_are_answered_at_once()
    {
        // The verify cannot end before the test lets it (or a minute passes): a server that made status wait for it
        // would time the test out instead of passing on a fast machine and failing on a loaded one.
        var started = TempFile("started");
        var release = TempFile("release");
        using var repo = Evidence.SampleWithBriefCommand(
            $"touch {started}; i=0; while [ ! -e {release} ] && [ $i -lt 600 ]; do sleep 0.1; i=$((i+1)); done; echo 待ち終えた");
        await using var session = await McpSession.StartAsync(repo.Root);

        var verify = session.CallAsync("verify", new() { ["id"] = "FEATURE-001" });
        WaitForFile(started);
        var (status, statusIsError) = await session.CallAsync("status", new() { ["id"] = "FEATURE-002" });
        var (restart, restartIsError) = await session.CallAsync("restart", new() { ["id"] = "FEATURE-002", ["track"] = "B", ["allowIncomplete"] = true });
        var verifyRanOn = !verify.IsCompleted;
        File.WriteAllText(release, "");
        var (verified, _) = await verify;

        verifyRanOn.Should().BeTrue("status and restart were answered while the verify still waited");
        statusIsError.Should().BeFalse(status);
        status.Should().StartWith("exit code 0 (ok)").And.Contain("FEATURE-002");
        restartIsError.Should().BeFalse(restart);
        restart.Should().Contain("You are coder-b");
        verified.Should().StartWith("exit code 0 (ok)").And.Contain("待ち終えた");
    }

    [Test]
    public async Task A_verify_asked_for_progress_hears_the_elapsed_time_and_the_lines_seen_while_it_runs()
    {
        using var repo = Evidence.SampleWithBriefCommand("echo 一行目; sleep 5; echo done");
        await using var session = await McpSession.StartAsync(repo.Root);
        var notices = new ConcurrentQueue<ProgressNotificationValue>();

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        var result = await session.Client.CallToolAsync("verify", new Dictionary<string, object?> { ["id"] = "FEATURE-001" },
            new Notices(notices), cancellationToken: timeout.Token);

        result.IsError.Should().NotBe(true);
        var heard = notices.ToList();
        heard.Should().NotBeEmpty("a 5 s verify runs past the 2 s progress interval");
        heard.Select(n => n.Progress).Should().BeInAscendingOrder().And.OnlyHaveUniqueItems();
        heard[0].Message.Should().MatchRegex(@"^running for \d+ s; \d+ lines of output so far$");
        heard[^1].Message.Should().NotEndWith(" 0 lines of output so far", "the command's first line (and verify's own) came before the sleep");
    }

    [Test]
    public void A_cancelled_verify_kills_its_process_tree_records_interrupted_and_gets_no_answer()
    {
        var pidFile = TempFile("pid");
        using var repo = Evidence.SampleWithBriefCommand($"(sleep 300 & echo $! > {pidFile}); sleep 300");
        using var client = McpLineClient.Start(repo);
        client.Send(McpLineClient.Initialize);
        client.AnswerTo(1, TimeSpan.FromSeconds(60));

        client.Send(McpLineClient.ToolCall(2, "verify", """{"id":"FEATURE-001"}"""));
        WaitForFile(pidFile);
        client.Send("""{"jsonrpc":"2.0","method":"notifications/cancelled","params":{"requestId":2,"reason":"止めてください"}}""");
        var record = WaitForEvidence(repo);
        client.Send("""{"jsonrpc":"2.0","id":3,"method":"ping"}""");
        client.AnswerTo(3, TimeSpan.FromSeconds(30));
        client.CloseInput();
        var (exitCode, error) = client.WaitForExit(TimeSpan.FromSeconds(60));

        record.GetProperty("outcome").GetString().Should().Be("interrupted");
        IsRunning(File.ReadAllText(pidFile).Trim()).Should().BeFalse("the background sleep was in the verify command's process group");
        client.AnsweredIds().Should().Equal([1, 3], "a cancelled request is not answered");
        exitCode.Should().Be(0, error);
    }

    [Test]
    public async Task A_verify_of_5000_lines_gives_its_summary_first_and_the_tail_with_the_failure_within_the_page()
    {
        using var repo = Evidence.SampleWithBriefCommand("seq 1 5000 | sed 's/^/テスト行 /'; echo 'FAILED test_refund: expected 3, got 4'; exit 1");
        await using var session = await McpSession.StartAsync(repo.Root);

        var (text, isError) = await session.CallAsync("verify", new() { ["id"] = "FEATURE-001" });

        isError.Should().BeFalse("a failing verify is an answer, not a failure of the tool");
        var lines = text.Split('\n');
        lines[0].Should().Be("exit code 1 (problems found)");
        lines[1].Should().MatchRegex(@"^== FEATURE-001 brief: failed \(exit 1, \d+ ms\); evidence \.harness/evidence/FEATURE-001/.+\.json$");
        File.Exists(repo.PathOf(lines[1][(lines[1].IndexOf("; evidence ", StringComparison.Ordinal) + 11)..])).Should().BeTrue(lines[1]);
        text.Should().MatchRegex(@"\n--- stdout: the last \d+ of 5003 lines; lines 1-\d+ are left out here \(each run's evidence file keeps the last 200 lines of its command's output\)\n");
        text.Should().EndWith("FAILED test_refund: expected 3, got 4\n" + lines[1] + "\n");
        text.Length.Should().BeLessThanOrEqualTo(8000);
        text.Should().Contain("テスト行 5000\n").And.NotContain("テスト行 1\n");
    }

    private sealed class Notices(ConcurrentQueue<ProgressNotificationValue> heard) : IProgress<ProgressNotificationValue>
    {
        public void Report(ProgressNotificationValue value) => heard.Enqueue(value);
    }

    private static string TempFile(string kind) => Path.Combine(Path.GetTempPath(), $"harness-mcp-{Guid.NewGuid():N}.{kind}");

    private static void WaitForFile(string path)
    {
        var clock = Stopwatch.StartNew();
        while (!File.Exists(path) || new FileInfo(path).Length == 0 && path.EndsWith(".pid", StringComparison.Ordinal))
        {
            clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(60), $"the verify command writes {path}");
            Thread.Sleep(50);
        }
    }

    private static JsonElement WaitForEvidence(TempRepo repo)
    {
        var clock = Stopwatch.StartNew();
        while (Evidence.Files(repo, "FEATURE-001").Count == 0)
        {
            clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(30), "the cancelled run records its evidence");
            Thread.Sleep(50);
        }
        return Evidence.Single(repo, "FEATURE-001").Clone();
    }

    /// <summary>Whether the process is alive (a zombie awaiting its reaper is not).</summary>
    private static bool IsRunning(string pid)
    {
        for (var i = 0; i < 20; i++)
        {
            var stat = $"/proc/{pid}/stat";
            var text = File.Exists(stat) ? File.ReadAllText(stat) : null;
            if (text is null || text[(text.LastIndexOf(')') + 2)..].StartsWith('Z'))
            {
                return false;
            }
            Thread.Sleep(100);
        }
        return true;
    }
}
