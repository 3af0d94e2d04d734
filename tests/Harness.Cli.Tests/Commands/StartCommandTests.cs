using System.Text.Json;
using Harness.Cli.Mcp;
using Harness.Cli.Tests.Support;

namespace Harness.Cli.Tests.Commands;

/// <summary>
/// `harness start`: the session says once who its agent is, and restart --current, the session-start hook, guard,
/// the pre-commit hook, note, handoff and MCP know it from then on, through the real command line on git repos.
/// </summary>
public sealed class StartCommandTests
{
    private const string SampleNote = "tasks/FEATURE-002-progress.md";

    [Test]
    public void After_start_restart_current_is_the_prompt_of_that_track_and_says_where_it_came_from()
    {
        using var repo = TempRepo.Sample();

        var start = repo.Harness("start", "FEATURE-002", "--track", "B");
        var restart = repo.Harness("restart", "--current", "--allow-incomplete");

        start.ExitCode.Should().Be(0, start.ToString());
        start.Output.Should().Contain("started FEATURE-002, Track B (coder-b), as the coder")
            .And.Contain("harness.task=FEATURE-002, harness.track=B").And.Contain("To clear it: harness start --clear");
        repo.RunGit("config", "--get", "harness.track").Trim().Should().Be("B");
        restart.ExitCode.Should().Be(0, restart.ToString());
        restart.Output.Should().StartWith("# Restart: FEATURE-002, Track B: Assignment Change Audit Log\n").And.Contain(
            "You are coder-b, working as the coder of Track B of FEATURE-002 (track from git config harness.track, role from the track's Owner, task from git config harness.task).")
            .And.NotContain("planner of the whole feature");
    }

    [Test]
    public void Start_clear_forgets_the_identity_and_the_prompt_is_the_planner_s_again_saying_how_to_name_a_track()
    {
        using var repo = TempRepo.Sample();
        repo.Harness("start", "FEATURE-002", "--track", "B").ExitCode.Should().Be(0);

        var clear = repo.Harness("start", "--clear");
        var restart = repo.Harness("restart", "FEATURE-002");

        clear.ExitCode.Should().Be(0, clear.ToString());
        clear.Output.Should().Contain("cleared harness.task, harness.track, harness.role");
        repo.RunGitAllowingFailure("config", "--get-regexp", "^harness\\.").Should().BeEmpty();
        restart.Output.Should().Contain("You are the planner of the whole feature FEATURE-002")
            .And.Contain("run `harness start FEATURE-002 --track T` with yours (A (coder-a), B (coder-b), C (reviewer / verifier))");
    }

    [Test]
    public void Start_in_json_names_what_it_wrote_and_how_to_clear_it()
    {
        using var repo = TempRepo.Sample();

        var result = repo.Harness("start", "FEATURE-002", "--as", "reviewer", "--format", "json");

        result.ExitCode.Should().Be(0, result.ToString());
        using var json = JsonDocument.Parse(result.Output);
        var root = json.RootElement;
        root.GetProperty("kind").GetString().Should().Be("start");
        root.GetProperty("track").GetString().Should().Be("C");
        root.GetProperty("role").GetString().Should().Be("reviewer");
        root.GetProperty("trackSource").GetString().Should().Be("--as reviewer, the only track a reviewer owns");
        root.GetProperty("scope").GetString().Should().Be("local");
        root.GetProperty("written").GetProperty("harness.role").GetString().Should().Be("reviewer");
        root.GetProperty("clear").GetString().Should().Be("harness start --clear");
    }

    [Test]
    public void Start_refuses_a_task_or_track_that_does_not_exist_in_one_line_naming_what_does()
    {
        using var repo = TempRepo.Sample();

        var track = repo.Harness("start", "FEATURE-002", "--track", "Z");
        var task = repo.Harness("start", "FEATURE-404", "--track", "B");
        var neither = repo.Harness("start");

        track.ExitCode.Should().Be(2, track.ToString());
        track.Error.Should().Be("harness: --track: FEATURE-002 has no track 'Z'; tracks: A, B, C\n");
        task.ExitCode.Should().Be(2, task.ToString());
        task.Error.Trim().Split('\n').Should().ContainSingle().Which.Should().Contain("unknown task id 'FEATURE-404'").And.Contain("FEATURE-001, FEATURE-002");
        neither.ExitCode.Should().Be(2, neither.ToString());
        repo.RunGitAllowingFailure("config", "--get-regexp", "^harness\\.").Should().BeEmpty("a refused start writes nothing");
    }

    [Test]
    public void As_coder_without_a_track_takes_the_one_coder_track_and_with_two_exits_2_listing_them()
    {
        using var one = TempRepo.Sample();
        one.Edit("docs/harness/feature-list.md", "  - coder-a", "  - reviewer-a");
        one.CommitAll("A is reviewed");
        using var two = TempRepo.Sample();

        var single = one.Harness("restart", "FEATURE-002", "--as", "coder", "--allow-incomplete");
        var started = one.Harness("start", "FEATURE-002", "--as", "coder");
        var ambiguous = two.Harness("restart", "FEATURE-002", "--as", "coder");
        var ambiguousStart = two.Harness("start", "FEATURE-002", "--as", "coder");

        single.ExitCode.Should().Be(0, single.ToString());
        single.Output.Should().Contain("You are coder-b, working as the coder of Track B of FEATURE-002 (track from --as coder, the only track a coder owns, role from --as)")
            .And.NotContain("you own the plan");
        started.Output.Should().Contain("Track B (coder-b)");
        foreach (var result in new[] { ambiguous, ambiguousStart })
        {
            result.ExitCode.Should().Be(2, result.ToString());
            result.Error.Should().Be("harness: --as coder: 2 tracks of FEATURE-002 are owned by a coder: A (coder-a), B (coder-b); " +
                "name yours with --track T (or `harness start FEATURE-002 --track T`)\n");
        }
    }

    [Test]
    public void The_environment_comes_before_git_config()
    {
        using var repo = TempRepo.Sample();
        repo.Harness("start", "FEATURE-002", "--track", "B").ExitCode.Should().Be(0);

        var result = repo.HarnessWith(new Dictionary<string, string> { ["HARNESS_TRACK"] = "A" }, "restart", "--current", "--allow-incomplete");
        var start = repo.HarnessWith(new Dictionary<string, string> { ["HARNESS_TRACK"] = "A" }, "start", "FEATURE-002", "--track", "C");

        result.Output.Should().Contain("You are coder-a, working as the coder of Track A of FEATURE-002 (track from environment HARNESS_TRACK,");
        start.Error.Should().Contain("HARNESS_TRACK=A is set in this environment and comes before git config");
    }

    [Test]
    public void A_linked_work_tree_keeps_an_identity_of_its_own()
    {
        using var repo = TempRepo.Sample();
        var other = Path.Combine(Path.GetDirectoryName(repo.Root)!, "wt-b");
        repo.Harness("start", "FEATURE-002", "--track", "A").ExitCode.Should().Be(0);
        repo.RunGit("worktree", "add", "-q", "-b", "track-b", other);

        var startB = HarnessRunner.Run(other, "start", "FEATURE-002", "--track", "B");
        var promptB = HarnessRunner.Run(other, "restart", "--current", "--allow-incomplete");
        var promptMain = repo.Harness("restart", "--current", "--allow-incomplete");

        startB.ExitCode.Should().Be(0, startB.ToString());
        startB.Output.Should().Contain("git config --worktree (this work tree only)").And.Contain("turned on extensions.worktreeConfig");
        promptB.Output.Should().StartWith("# Restart: FEATURE-002, Track B").And.Contain("track from git config --worktree harness.track");
        promptMain.Output.Should().StartWith("# Restart: FEATURE-002, Track A").And.Contain("You are coder-a");
    }

    [Test]
    public void The_installed_session_start_hook_s_prompt_names_the_session_s_track_and_role()
    {
        using var repo = TempRepo.Sample();
        repo.Harness("init", "--agent", "claude").ExitCode.Should().Be(0);
        using var settings = JsonDocument.Parse(repo.Read(".claude/settings.json"));
        var hook = settings.RootElement.GetProperty("hooks").GetProperty("SessionStart")[0].GetProperty("hooks")[0].GetProperty("command").GetString()!;
        repo.Read("CLAUDE.md").Should().Contain("harness start ID --track T");
        repo.Harness("start", "FEATURE-002", "--track", "B").ExitCode.Should().Be(0);
        Directory.CreateDirectory(repo.PathOf("src/support_hub/deep"));

        // As a shell runs it where $CLAUDE_PROJECT_DIR is empty: `--repo ""`, the current folder, found upwards.
        var result = HarnessRunner.Run(repo.PathOf("src/support_hub/deep"), hook.Replace("\"$CLAUDE_PROJECT_DIR\"", "", StringComparison.Ordinal).Split(' ')[1..]);

        hook.Should().StartWith("harness restart --current");
        result.ExitCode.Should().Be(0, result.ToString());
        result.Output.Should().Contain("You are coder-b, working as the coder of Track B of FEATURE-002").And.NotContain("You are the planner");
    }

    [Test]
    public void After_start_the_pre_commit_hook_refuses_a_file_of_another_track()
    {
        using var repo = TempRepo.Sample();
        repo.Write("src/support_hub/assignee_filter.sh", "# changed by coder-b\n");
        repo.RunGit("add", "-A");
        var before = repo.Harness("hooks", "pre-commit");

        repo.Harness("start", "FEATURE-002", "--track", "B").ExitCode.Should().Be(0);
        var after = repo.Harness("hooks", "pre-commit");

        before.ExitCode.Should().Be(0, "no session names a track: " + before);
        before.Error.Should().Contain("pre-commit guard skipped");
        after.ExitCode.Should().Be(1, after.ToString());
        after.Output.Should().Contain("is owned by Track A (coder-a), not Track B");
        after.Error.Should().Contain("task FEATURE-002 from git config harness.task, Track B from git config harness.track");
    }

    [Test]
    public void Guard_note_and_handoff_take_task_and_track_from_the_session()
    {
        using var repo = TempRepo.Sample();
        repo.Harness("start", "FEATURE-002", "--track", "B").ExitCode.Should().Be(0);
        repo.Write("src/support_hub/assignee_filter.sh", "# changed by coder-b\n");

        var guard = repo.Harness("guard");
        var note = repo.Harness("note", "--completed", "refusal test");
        var handoff = repo.Harness("handoff", "--to", "reviewer");

        guard.ExitCode.Should().Be(1, guard.ToString());
        guard.Output.Should().Contain("guard FEATURE-002 Track B (coder-b)");
        guard.Error.Should().Contain("harness: guard task FEATURE-002 from git config harness.task, Track B from git config harness.track");
        note.ExitCode.Should().Be(0, note.ToString());
        repo.Read(SampleNote).Should().Contain("- refusal test");
        handoff.ExitCode.Should().Be(0, handoff.ToString());
        handoff.Output.Should().MatchRegex("created tasks/FEATURE-002-handoffs/.*-track-b\\.md");
    }

    [Test]
    public void Guard_with_no_track_named_anywhere_says_how_to_name_one()
    {
        using var repo = TempRepo.Sample();

        var result = repo.Harness("guard", "FEATURE-002");

        result.ExitCode.Should().Be(2, result.ToString());
        result.Error.Should().Be("harness: guard needs a track and none is named for FEATURE-002 (no --track, HARNESS_TRACK, git config harness.track " +
            "or note front matter); name it with --track T or `harness start FEATURE-002 --track T`; tracks: A, B, C\n");
    }

    [Test]
    public void With_several_tasks_in_progress_current_names_the_others_in_the_prompt_and_in_json()
    {
        using var repo = TempRepo.Sample();
        repo.Harness("start", "FEATURE-002", "--track", "B").ExitCode.Should().Be(0);

        var prompt = repo.Harness("restart", "--current", "--allow-incomplete");
        var json = repo.Harness("restart", "--current", "--format", "json", "--allow-incomplete");

        prompt.Output.Should().Contain("Other tasks in progress: FEATURE-001 (tasks/FEATURE-001-progress.md). This prompt is for FEATURE-002;");
        using var document = JsonDocument.Parse(json.Output);
        var others = document.RootElement.GetProperty("otherTasksInProgress");
        others.GetArrayLength().Should().Be(1);
        others[0].GetProperty("task").GetString().Should().Be("FEATURE-001");
        document.RootElement.GetProperty("agent").GetProperty("taskSource").GetString().Should().Be("git config harness.task");
    }

    [Test]
    public async Task The_mcp_tools_know_the_session_start_set()
    {
        using var repo = TempRepo.Sample();
        var runner = new McpToolRunner(repo.Root, _ => null);

        var start = await runner.CallAsync("start", Arguments("""{"id": "FEATURE-002", "track": "B"}"""), CancellationToken.None);
        var restart = await runner.CallAsync("restart", Arguments("""{"current": true, "allowIncomplete": true}"""), CancellationToken.None);

        start.IsError.Should().BeFalse(start.Text);
        restart.Text.Should().Contain("You are coder-b, working as the coder of Track B of FEATURE-002 (track from git config harness.track");
    }

    [Test]
    public void The_hand_written_repo_takes_start_as_well()
    {
        using var repo = TempRepo.Handwritten();

        var start = repo.Harness("start", "FEATURE-002", "--track", "B");
        var restart = repo.Harness("restart", "--current", "--allow-incomplete");

        start.ExitCode.Should().Be(0, start.ToString());
        restart.ExitCode.Should().Be(0, restart.ToString());
        restart.Output.Should().StartWith("# Restart: FEATURE-002, Track B").And.Contain("working as the coder of Track B of FEATURE-002 (track from git config harness.track");
    }

    private static Dictionary<string, JsonElement> Arguments(string json) =>
        JsonDocument.Parse(json).RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone());
}
