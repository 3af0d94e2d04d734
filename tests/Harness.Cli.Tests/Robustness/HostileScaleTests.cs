using System.Diagnostics;
using System.Text;
using Harness.Cli.Tests.Support;

namespace Harness.Cli.Tests.Robustness;

/// <summary>
/// Inputs whose cost grows faster than their size unless the code is linear: each runs as a real process and
/// must answer well inside the bound that a quadratic reading passes (a hang guard, not a benchmark). The bound is
/// on the process's CPU time, which other builds on the machine do not stretch as they stretch wall time.
/// </summary>
public sealed class HostileScaleTests
{
    [Test]
    public void A_line_of_backtick_runs_of_every_length_is_read_in_linear_time()
    {
        using var repo = TempRepo.Sample();
        var line = new StringBuilder("  - ");
        for (var length = 1; line.Length < 15_000_000; length++)
        {
            line.Append('`', length).Append(' ');
        }
        repo.Edit(HostileRepos.FeatureList, "  - `src/support_hub/audit_log.sh`", line.ToString());

        var (result, cpu) = MeasuredProcess.Run(repo.Root, ["lint", "--format", "json"]);

        result.ExitCode.Should().BeInRange(0, 2, result.ToString());
        result.Error.Should().NotContain("   at ");
        cpu.Should().BeLessThan(TimeSpan.FromSeconds(20), "a quadratic scan of a 15 MB line takes more than 30 s");
    }

    [Test]
    public void Five_thousand_tracks_owning_globs_under_no_common_folder_lint_without_comparing_every_pair()
    {
        using var repo = TempRepo.Sample();
        repo.Write(HostileRepos.FeatureList, HostileRepos.OverlappingGlobs(5_000));
        // Track M's `**/*M*` and track N's `**/*N*` both own `xNx` when M's digits stand in N's: those pairs overlap.
        var names = Enumerable.Range(1, 5_000).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var pairs = names.Sum(n => names.Count(m => m != n && n.Contains(m, StringComparison.Ordinal)));

        var (result, cpu) = MeasuredProcess.Run(repo.Root, ["lint"]);

        result.ExitCode.Should().Be(1, result.ToString());
        result.Output.Split('\n').Count(l => l.Contains("HRN013", StringComparison.Ordinal)).Should().Be(101);
        result.Output.Should().Contain("Track T10 owns '**/*10*' and Track T1 owns '**/*1*' (docs/harness/feature-list.md:11:17); both match x10x").And
            .Contain($"{pairs - 100:N0} more overlaps are not listed (harness lists the first 100 of {pairs:N0})");
        result.Output.Should().NotContain("overlap check stopped");
        cpu.Should().BeLessThan(TimeSpan.FromSeconds(30), "comparing all 12.5 million pairs of globs took 36 s");
    }
}

/// <summary>A repo's template override is the repo's code: it cannot hang or silently cut what harness prints.</summary>
public sealed class HostileTemplateTests
{
    private const string Override = ".harness/templates/restart-prompt.md.scriban";

    [TestCase("{{ while true }}{{ end }}", "restart-prompt.md.scriban")]
    [TestCase("{{ func f; f; end; f }}", "restart-prompt.md.scriban:1: the template failed")]
    public void A_template_that_never_ends_is_stopped_with_a_message_naming_it(string template, string message)
    {
        using var repo = TempRepo.Sample();
        repo.Write(Override, template);

        var (result, cpu) = MeasuredProcess.Run(repo.Root, ["restart", "FEATURE-002", "--allow-incomplete"]);

        result.ExitCode.Should().Be(2, result.ToString());
        result.Error.Should().Contain(".harness/templates/" + message).And.NotContain("   at ");
        cpu.Should().BeLessThan(TimeSpan.FromSeconds(45), "the loop limit or the render time limit stops it");
    }

    [Test]
    public void A_restart_prompt_over_one_mebibyte_is_printed_whole()
    {
        using var repo = TempRepo.Sample();
        var lines = string.Concat(Enumerable.Range(0, 40_000).Select(i => $"- 完了した作業 {i:00000}: 監査ログの連番を確かめた。\n"));
        repo.Edit(HostileRepos.Note, "## Decided", lines + "- 最後の完了項目。\n\n## Decided");

        var result = HarnessRunner.RunProcess(repo.Root, ["restart", "FEATURE-002", "--allow-incomplete"]);

        result.ExitCode.Should().Be(0, result.Error);
        result.Output.Length.Should().BeGreaterThan(1_048_580);
        result.Output.Should().Contain("- 最後の完了項目。").And.Contain("## Restart Output");
    }
}

/// <summary>An artifact that is a FIFO: opening it for reading would wait for a writer forever.</summary>
public sealed class HostileFifoTests
{
    private static TempRepo SampleWithFifoNote()
    {
        var repo = TempRepo.Sample();
        File.Delete(repo.PathOf(HostileRepos.Note));
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [repo.PathOf(HostileRepos.Note)]) { UseShellExecute = false })!;
        mkfifo.WaitForExit();
        mkfifo.ExitCode.Should().Be(0);
        return repo;
    }

    [TestCase("lint")]
    [TestCase("restart", "FEATURE-002")]
    [TestCase("status")]
    [TestCase("note", "FEATURE-002", "--next", "x")]
    public void A_fifo_artifact_is_refused_at_once(params string[] args)
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Ignore("FIFOs are POSIX");
        }
        using var repo = SampleWithFifoNote();

        var watch = Stopwatch.StartNew();
        var result = HarnessRunner.RunProcess(repo.Root, args);
        watch.Stop();

        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(30), "the FIFO is never waited on");
        (result.Output + result.Error).Should().Contain("tasks/FEATURE-002-progress.md").And.Contain("no regular file");
        result.Error.Should().NotContain("   at ");
    }

    [Test]
    public async Task Mcp_answers_a_read_of_a_fifo_resource_with_an_error()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Ignore("FIFOs are POSIX");
        }
        using var repo = SampleWithFifoNote();
        await using var session = await Harness.Cli.Tests.Mcp.McpSession.StartAsync(repo.Root);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        var read = async () => await session.Client.ReadResourceAsync("harness://artifact/" + HostileRepos.Note, cancellationToken: timeout.Token);

        (await read.Should().ThrowAsync<Exception>()).Which.Message.Should().Contain("no regular file");
    }
}

/// <summary>Several writers of one shared file at once, each a real process: no acknowledged write is lost.</summary>
/// <remarks>
/// Alone, not beside the parallel tests: eight processes that each wait their turn on the lock for harness's own
/// 20 s must get the CPU to take it, or the wait runs out under the load of the rest of the suite.
/// </remarks>
[NonParallelizable]
public sealed class ConcurrentWriterTests
{
    [Test]
    public void Eight_new_tasks_at_once_each_end_with_their_tracks_in_a_feature_list()
    {
        for (var round = 0; round < 3; round++)
        {
            using var repo = TempRepo.Git();
            HarnessRunner.Run(repo.Root, "init").ExitCode.Should().Be(0);
            repo.CommitAll("init");

            var results = new CliResult[8];
            Parallel.For(0, 8, new ParallelOptions { MaxDegreeOfParallelism = 8 },
                i => results[i] = HarnessRunner.RunProcess(repo.Root, "new", $"FEATURE-{100 + i}", "--title", $"Task {i}", "--track", $"A:coder-{i}"));

            var lists = Directory.GetFiles(repo.PathOf("docs/harness"), "feature-list*.md").Select(File.ReadAllText).ToList();
            for (var i = 0; i < 8; i++)
            {
                results[i].ExitCode.Should().Be(0, results[i].ToString());
                lists.Should().ContainSingle(l => l.Contains($"feature: FEATURE-{100 + i}") && l.Contains($"coder-{i}"),
                    $"FEATURE-{100 + i} was acknowledged: {results[i].Output}");
            }
            repo.Harness("lint").ExitCode.Should().Be(0);
        }
    }
}

/// <summary>`harness note` beside an editor that keeps saving the note in place (truncate, write part, pause, write the rest).</summary>
public sealed class NoteBesideAnEditorTests
{
    [Test]
    public void A_note_never_writes_back_a_half_saved_file()
    {
        using var repo = TempRepo.Sample();
        var path = repo.PathOf(HostileRepos.Note);
        var original = File.ReadAllBytes(path);
        var lines = System.Text.Encoding.UTF8.GetString(original).Split('\n').Where(l => l.Length > 0).ToList();
        for (var run = 0; run < 6; run++)
        {
            using var stop = new CancellationTokenSource();
            // A thread of its own: on the test host's busy pool the editor could wait longer than harness's quiet
            // period between its two writes, which is an editor that pauses mid-save, not the one this test plays.
            var editor = Task.Factory.StartNew(() =>
            {
                while (!stop.IsCancellationRequested)
                {
                    using var file = new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete);
                    file.SetLength(0);
                    file.Write(original, 0, 143);
                    file.Flush(flushToDisk: true);
                    Thread.Sleep(40);
                    file.Write(original, 143, original.Length - 143);
                    file.Flush(flushToDisk: true);
                    Thread.Sleep(5);
                }
            }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
            var note = HarnessRunner.RunProcess(repo.Root, "note", "FEATURE-002", "--completed", $"Run {run}.");
            stop.Cancel();
            editor.Wait();

            var text = File.ReadAllText(path);
            note.ExitCode.Should().BeOneOf([0, 2], note.ToString());
            foreach (var line in lines)
            {
                text.Should().Contain(line, $"run {run}: harness wrote back a half-saved note ({note})");
            }
        }
    }
}
