using System.Text.Json;
using System.Text.RegularExpressions;
using Harness.Cli.Tests.Support;

namespace Harness.Cli.Tests.Commands;

/// <summary>
/// A track that hands its work to a task of its own, through the real command line on the sample repo with two
/// feature lists: FEATURE-002's Track C names FEATURE-003 as its Sub-task.
/// </summary>
public sealed class SubTaskCommandTests
{
    private const string SubTaskList = """
        # Feature List

        ## Purpose
        - FEATURE-003: the checks Track C of the support hub hands to a sub-planner.

        ## Tracks

        ### Track A: Ticket Checks
        - Status: done
        - Owner: coder-a
        - Owned Files: `tests/test_tickets.sh`
        - Verify Signal: `sh tests/test_tickets.sh`
        - Dependencies: none

        ### Track B: Audit Checks
        - Status: in-progress
        - Owner: coder-b
        - Owned Files: `tests/test_audit_log.sh`
        - Verify Signal: `sh tests/test_audit_log.sh`
        - Dependencies: none

        ## Shared File Rule
        - None.

        ## Stop Instead Of Parallelizing
        - Two tracks need the same file.

        """;

    private static TempRepo RepoWithSubTask()
    {
        var repo = TempRepo.Sample();
        repo.Edit("docs/harness/feature-list.md", "  - reviewer / verifier\n", "  - reviewer / verifier\n- Sub-task: FEATURE-003\n");
        repo.Write("docs/harness/feature-list-FEATURE-003.md", SubTaskList);
        repo.CommitAll("FEATURE-003 takes Track C's checks");
        return repo;
    }

    [Test]
    public void Status_shows_the_sub_task_under_its_track_rolled_up_in_text_and_json()
    {
        using var repo = RepoWithSubTask();
        repo.Harness("verify", "FEATURE-003", "--track", "A").ExitCode.Should().Be(0);

        var text = repo.Harness("status", "FEATURE-002");
        var json = repo.Harness("status", "FEATURE-002", "--format", "json");

        text.ExitCode.Should().Be(0, text.ToString());
        text.Output.Should().Contain("  → FEATURE-003 (1/2 done): in-progress, verify: none\n");
        text.Output.Should().MatchRegex(@"\n      Track A +done +owner: coder-a +deps: none +verify: pass\n");
        json.ExitCode.Should().Be(0, json.ToString());
        CommandSchemas.Errors(json.Output).Should().BeEmpty("status JSON follows docs/schemas/status.schema.json");
        var tracks = JsonDocument.Parse(json.Output).RootElement.GetProperty("tracks").EnumerateArray().ToList();
        tracks[0].TryGetProperty("subTask", out _).Should().BeFalse("a track without a sub-task keeps the fields it had");
        var sub = tracks[2].GetProperty("subTask");
        sub.GetProperty("id").GetString().Should().Be("FEATURE-003");
        sub.GetProperty("found").GetBoolean().Should().BeTrue();
        sub.GetProperty("status").GetString().Should().Be("in-progress");
        sub.GetProperty("verifyState").GetString().Should().Be("none", "Track B of the sub-task has no verify yet");
        sub.GetProperty("done").GetInt32().Should().Be(1);
        sub.GetProperty("total").GetInt32().Should().Be(2);
        sub.GetProperty("file").GetString().Should().Be("docs/harness/feature-list.md");
        sub.GetProperty("tracks").EnumerateArray().Select(t => t.GetProperty("verify").GetProperty("verifyState").GetString())
            .Should().Equal("pass", "none");
    }

    [Test]
    public void Status_rolls_the_track_up_to_done_and_pass_once_every_track_of_the_sub_task_is()
    {
        using var repo = RepoWithSubTask();
        repo.Edit("docs/harness/feature-list-FEATURE-003.md", "- Status: in-progress", "- Status: done");
        repo.CommitAll("FEATURE-003 Track B done");
        repo.Harness("verify", "FEATURE-003", "--track", "A").ExitCode.Should().Be(0);
        repo.Harness("verify", "FEATURE-003", "--track", "B").ExitCode.Should().Be(0);

        var sub = JsonDocument.Parse(repo.Harness("status", "--format", "json").Output).RootElement.GetProperty("tasks")
            .EnumerateArray().Single(t => t.GetProperty("task").GetString() == "FEATURE-002")
            .GetProperty("tracks").EnumerateArray().Single(t => t.GetProperty("id").GetString() == "C").GetProperty("subTask");

        sub.GetProperty("status").GetString().Should().Be("done");
        sub.GetProperty("verifyState").GetString().Should().Be("pass");
    }

    [Test]
    public void Restart_of_the_track_sends_its_agent_to_the_sub_task_quoting_the_sub_task_line()
    {
        using var repo = RepoWithSubTask();
        var line = File.ReadAllLines(repo.PathOf("docs/harness/feature-list.md")).ToList().IndexOf("- Sub-task: FEATURE-003") + 1;

        var result = repo.Harness("restart", "FEATURE-002", "--track", "C", "--allow-incomplete");

        result.Output.Should().Contain(
            $"This track hands its work to the sub-task FEATURE-003 (`` - Sub-task: FEATURE-003 ``, docs/harness/feature-list.md:{line}): " +
            "restart that task instead, `harness restart FEATURE-003`, and work on its tracks; this track is done when all of them are (1/2 done now).");
    }

    [Test]
    public void The_board_puts_the_track_in_the_column_of_its_rolled_up_status_and_names_its_sub_task()
    {
        using var repo = RepoWithSubTask();

        var result = repo.Harness("board", "--out", "board.html");

        result.ExitCode.Should().Be(0, result.ToString());
        var page = repo.Read("board.html");
        var card = Regex.Match(page, @"<div class=""column (?<column>[^""]+)"">(?:(?!<div class=""column ).)*?<article class=""card [^""]+"" data-track=""C"">(?<card>.*?)</article>", RegexOptions.Singleline);
        card.Success.Should().BeTrue("the board has a card for Track C");
        card.Groups["column"].Value.Should().Be("in-progress", "Track C is written ready-after-a-and-b, and its sub-task has started");
        card.Groups["card"].Value.Should().Contain("<dd class=\"sub-task\" data-sub-task=\"FEATURE-003\">→ FEATURE-003 (1/2 done)</dd>");
        page.Should().Contain("data-track=\"B\"", "the sub-task FEATURE-003 is a task of its own on the board");
    }

    [Test]
    public void Lint_names_a_sub_task_that_is_no_task_and_a_circle_of_sub_tasks()
    {
        using var repo = RepoWithSubTask();
        repo.Edit("docs/harness/feature-list-FEATURE-003.md", "- Dependencies: none\n\n### Track B", "- Dependencies: none\n- Sub-task: FEATURE-002\n\n### Track B");
        repo.Edit("docs/harness/feature-list-FEATURE-003.md", "- Owner: coder-b\n", "- Owner: coder-b\n- Sub-task: FEATURE-404\n");

        var result = repo.Harness("lint");

        result.ExitCode.Should().Be(1, result.ToString());
        result.Output.Should().Contain("error HRN030: Track C of FEATURE-002 hands its work to FEATURE-003, and the sub-tasks lead back: FEATURE-002 → FEATURE-003 → FEATURE-002");
        result.Output.Should().Contain("error HRN029: Track B hands its work to sub-task FEATURE-404, which is no task of this repo");
    }

    [Test]
    public void Order_keeps_the_track_as_one_unit_and_shows_its_sub_task_order_under_it()
    {
        using var repo = RepoWithSubTask();

        var text = repo.Harness("order", "FEATURE-002");
        var json = repo.Harness("order", "FEATURE-002", "--format", "json");

        text.ExitCode.Should().Be(0, text.ToString());
        text.Output.Should().Contain("4. reviewer: Track C (reviewer / verifier, ready-after-a-and-b)\n" +
            "   Track C → FEATURE-003 merge order:\n");
        text.Output.Should().Contain("\n   2. coders: Track A (coder-a, done) | Track B (coder-b, in-progress)\n");
        CommandSchemas.Errors(json.Output).Should().BeEmpty("order JSON follows docs/schemas/order.schema.json");
        var steps = JsonDocument.Parse(json.Output).RootElement.GetProperty("steps").EnumerateArray().ToList();
        steps.SelectMany(s => s.GetProperty("tracks").EnumerateArray()).Select(t => t.GetProperty("id").GetString())
            .Should().Equal(["A", "B", "C"], "the track with a sub-task stays one unit of its task's order");
        var sub = steps[3].GetProperty("tracks")[0].GetProperty("subTask");
        sub.GetProperty("task").GetString().Should().Be("FEATURE-003");
        sub.GetProperty("problem").ValueKind.Should().Be(JsonValueKind.Null);
        sub.GetProperty("steps").EnumerateArray().SelectMany(s => s.GetProperty("tracks").EnumerateArray())
            .Select(t => t.GetProperty("id").GetString()).Should().Equal("A", "B");
    }

    [Test]
    public void Assess_counts_the_sub_task_tracks_that_may_run_now_as_the_parallel_work_of_the_track()
    {
        using var repo = RepoWithSubTask();
        repo.Edit("docs/harness/feature-list.md", "- Status\n  - in-progress", "- Status\n  - done");
        repo.CommitAll("Track B done");
        repo.Harness("verify", "FEATURE-002", "--track", "C").ExitCode.Should().Be(0);

        var text = repo.Harness("assess", "FEATURE-002");
        var json = repo.Harness("assess", "FEATURE-002", "--format", "json");

        text.Output.Should().StartWith("FEATURE-002: multi-agent (may run in parallel now: Track C; Track C → FEATURE-003: Track B)\n");
        CommandSchemas.Errors(json.Output).Should().BeEmpty("assess JSON follows docs/schemas/assess.schema.json");
        var sub = JsonDocument.Parse(json.Output).RootElement.GetProperty("parallelSubTasks").EnumerateArray().Single();
        sub.GetProperty("track").GetString().Should().Be("C");
        sub.GetProperty("subTask").GetString().Should().Be("FEATURE-003");
        sub.GetProperty("parallel").EnumerateArray().Select(t => t.GetString()).Should().Equal("B");
    }

    [Test]
    public void Agents_shows_the_parent_track_of_a_work_tree_on_a_sub_task_track()
    {
        using var repo = RepoWithSubTask();
        var add = repo.Harness("worktree", "add", "FEATURE-003", "--track", "B");
        add.ExitCode.Should().Be(0, add.ToString());

        var text = repo.Harness("agents");
        var json = repo.Harness("agents", "--format", "json");

        text.Output.Should().Contain("B (sub-task of FEATURE-002 Track C)");
        CommandSchemas.Errors(json.Output).Should().BeEmpty("agents JSON follows docs/schemas/agents.schema.json");
        var agent = JsonDocument.Parse(json.Output).RootElement.GetProperty("agents").EnumerateArray()
            .Single(a => a.GetProperty("task").GetString() == "FEATURE-003");
        agent.GetProperty("parent").GetProperty("task").GetString().Should().Be("FEATURE-002");
        agent.GetProperty("parent").GetProperty("track").GetString().Should().Be("C");
    }
}
