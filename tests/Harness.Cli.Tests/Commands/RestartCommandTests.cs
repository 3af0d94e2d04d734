using System.Text.Json;
using Harness.Cli.Tests.Support;

namespace Harness.Cli.Tests.Commands;

public sealed class RestartCommandTests
{
    private const string Note = "tasks/FEATURE-002-progress.md";
    private const string FeatureList = "docs/harness/feature-list.md";

    [Test]
    public void The_sample_gives_a_complete_packet_for_the_planner_of_the_whole_feature()
    {
        using var repo = TempRepo.Sample();

        var result = repo.Harness("restart", "FEATURE-002");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Output.Should().Contain("You are the planner of the whole feature FEATURE-002")
            .And.Contain("### Plan: Goal (tasks/FEATURE-002-plan.md:4)")
            .And.Contain("### Merge Order (tasks/FEATURE-002-plan.md:31)")
            .And.Contain("unknown: from the Progress Note's Last Verify");
        result.Error.Should().MatchRegex(@"^restart prompt: \d+ characters\n$");
    }

    [Test]
    public void A_missing_progress_note_stops_the_restart_with_exit_3_and_the_fix()
    {
        using var repo = TempRepo.Sample();
        File.Delete(repo.PathOf(Note));

        var result = repo.Harness("restart", "FEATURE-002");

        result.ExitCode.Should().Be(3, result.ToString());
        result.Output.Should().BeEmpty();
        result.Error.Should().Contain($"{Note}:1:1: RST001: there is no Progress Note; fix: write {Note}")
            .And.Contain("RST002: there is no verify result at all");
    }

    [Test]
    public void A_note_without_any_verify_line_and_no_evidence_stops_the_restart()
    {
        using var repo = TempRepo.Sample();
        repo.Edit(Note, "- `sh tests/test_assignee_filter.sh` : pass\n- `sh tests/test_audit_log.sh` : pass", "- none");

        var result = repo.Harness("restart", "FEATURE-002");

        result.ExitCode.Should().Be(3, result.ToString());
        result.Error.Should().Contain($"{Note}:1:1: RST002: there is no verify result at all")
            .And.Contain("fix: run `harness verify FEATURE-002 --track T`");
    }

    [Test]
    public void A_missing_plan_is_a_missing_required_input()
    {
        using var repo = TempRepo.Sample();
        File.Delete(repo.PathOf("tasks/FEATURE-002-plan.md"));

        var result = repo.Harness("restart", "FEATURE-002");

        result.ExitCode.Should().Be(3, result.ToString());
        result.Error.Should().Contain("tasks/FEATURE-002-plan.md:1:1: RST003: a required input is missing: Plan; fix: write tasks/FEATURE-002-plan.md");
    }

    [Test]
    public void A_track_without_an_owner_makes_ownership_unclear()
    {
        using var repo = TempRepo.Sample();
        repo.Edit(FeatureList, "  - coder-a", "  - none");

        var result = repo.Harness("restart", "FEATURE-002");

        result.ExitCode.Should().Be(3, result.ToString());
        result.Error.Should().Contain($"{FeatureList}:19:5: RST004: Track A has no owner; fix: name its owner");
    }

    [Test]
    public void Parallel_tracks_owning_the_same_file_outside_the_shared_file_rule_collide()
    {
        using var repo = TempRepo.Sample();
        repo.Edit(FeatureList, "- `src/support_hub/common.sh`: Track A goes first; Track B rebases on it after A merges.", "- none");
        repo.Edit("tasks/FEATURE-002-plan.md", "- `src/support_hub/common.sh`: Track A goes first; Track B rebases on it after A merges.", "- none");
        // The sample's "Track A, then Track B" keeps them apart; side by side, they collide.
        repo.Edit("tasks/FEATURE-002-plan.md", "2. coders: Track A, then Track B", "2. coders: Track A and Track B in parallel");

        var result = repo.Harness("restart", "FEATURE-002");

        result.ExitCode.Should().Be(3, result.ToString());
        result.Error.Should().Contain("RST004: Track A and Track B can run at the same time and both own src/support_hub/common.sh");
    }

    [TestCase("blocked")]
    [TestCase("needs-human-approval")]
    public void A_current_track_that_is_held_stops_the_restart(string status)
    {
        using var repo = TempRepo.Sample();
        repo.Edit(FeatureList, "  - in-progress", $"  - {status}");

        var result = repo.Harness("restart", "FEATURE-002", "--track", "B");

        result.ExitCode.Should().Be(3, result.ToString());
        result.Error.Should().Contain($"{FeatureList}:37:5: RST005: Track B is {status}; fix:");
    }

    [Test]
    public void Unresolved_merge_conflicts_stop_the_restart()
    {
        using var repo = TempRepo.Sample();
        repo.RunGit("checkout", "-q", "-b", "other");
        repo.Edit("docs/support-hub.md", "#", "# other\n#");
        repo.CommitAll("other side");
        repo.RunGit("checkout", "-q", "main");
        repo.Edit("docs/support-hub.md", "#", "# main\n#");
        repo.CommitAll("main side");
        repo.RunGitAllowingFailure("merge", "-q", "other");

        var result = repo.Harness("restart", "FEATURE-002");

        result.ExitCode.Should().Be(3, result.ToString());
        result.Error.Should().Contain("docs/support-hub.md:1:1: RST006: unresolved merge conflict in the work tree; fix: resolve the conflict, then `git add docs/support-hub.md`");
    }

    [Test]
    public void Allow_incomplete_renders_anyway_and_marks_each_missing_input()
    {
        using var repo = TempRepo.Sample();
        File.Delete(repo.PathOf(Note));

        var result = repo.Harness("restart", "FEATURE-002", "--allow-incomplete");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Output.Should().Contain($"### Progress Note ({Note})\nMISSING: fix: write {Note}")
            .And.Contain("- MISSING: there is no Progress Note.")
            .And.Contain("## Stop conditions (rendered anyway with --allow-incomplete)");
        result.Error.Should().Contain("RST001").And.Contain("restart prompt: ");
    }

    [Test]
    public void A_single_agent_task_restarts_from_its_brief_note_and_verify_line()
    {
        using var repo = TempRepo.Sample();

        var result = repo.Harness("restart", "FEATURE-001");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Output.Should().Contain("You are the coder of FEATURE-001, a single-agent task")
            .And.Contain("### Brief: Goal (tasks/FEATURE-001-brief.md:7)\n> - Print ticket titles trimmed of surrounding blanks.")
            .And.Contain("### Progress Note: Next Step (tasks/FEATURE-001-progress.md:")
            .And.Contain("- `sh tests/test_tickets.sh`: pass; unknown:")
            .And.NotContain("### Track");
    }

    [Test]
    public void Commits_after_the_note_and_uncommitted_owned_files_are_listed()
    {
        using var repo = TempRepo.Sample();
        repo.Edit("src/support_hub/audit_log.sh", "#", "# refuse no-op\n#");
        repo.CommitAll("Refuse a no-op assignment change");
        repo.Edit("tests/test_audit_log.sh", "#", "# wip\n#");
        repo.Edit("docs/support-hub.md", "#", "# not Track B's\n#");

        var result = repo.Harness("restart", "FEATURE-002", "--track", "B");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Output.Should().MatchRegex(@"- Commits after [0-9a-f]{12}, the last commit of the Progress Note \(newest first\):\n  - [0-9a-f]{12} Refuse a no-op assignment change\n")
            .And.Contain("- Uncommitted changes in the owned files:\n  - tests/test_audit_log.sh\n- No handoff");
    }

    [Test]
    public void Handoffs_newer_than_the_note_are_listed_and_older_ones_are_not()
    {
        using var repo = TempRepo.Sample();
        repo.Write("tasks/FEATURE-002-handoffs/20200101T000000Z-A.md", "# Handoff\n");
        repo.Write("tasks/FEATURE-002-handoffs/29990101T000000Z-B.md", "# Handoff\n");

        var result = repo.Harness("restart", "FEATURE-002");

        result.Output.Should().Contain("- Handoffs newer than the Progress Note (read them first):\n  - tasks/FEATURE-002-handoffs/29990101T000000Z-B.md\n\n");
    }

    [Test]
    public void The_track_named_in_the_note_front_matter_makes_the_prompt_for_its_owner()
    {
        using var repo = TempRepo.Sample();
        repo.Write(Note, "---\ntrack: B\n---\n" + repo.Read(Note));

        var result = repo.Harness("restart", "FEATURE-002");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Output.Should().Contain("You are coder-b, working as the coder of Track B of FEATURE-002 (from the Progress Note's front matter).");
    }

    [Test]
    public void Evidence_at_HEAD_on_a_clean_tree_is_current_and_becomes_stale_when_HEAD_moves()
    {
        using var repo = TempRepo.Sample();
        var head = repo.RunGit("rev-parse", "HEAD").Trim();
        repo.Write(".gitignore", ".harness/\n");
        head = repo.CommitAll("ignore evidence");
        WriteEvidence(repo, "B", head);

        var current = repo.Harness("restart", "FEATURE-002", "--track", "B");
        repo.Edit("src/support_hub/audit_log.sh", "#", "# later\n#");
        repo.CommitAll("later work");
        var stale = repo.Harness("restart", "FEATURE-002", "--track", "B");

        current.Output.Should().Contain("- Track B: `sh tests/test_audit_log.sh`: passed; current: it passed at HEAD on a clean tree (.harness/evidence/FEATURE-002/20261127T000000Z-B.json:1)");
        stale.Output.Should().Contain($"- Track B: `sh tests/test_audit_log.sh`: passed; stale: HEAD moved since it ran at {head[..12]}");
    }

    [Test]
    public void An_unknown_task_id_is_exit_2_naming_the_tasks_that_exist()
    {
        using var repo = TempRepo.Sample();

        var result = repo.Harness("restart", "FEATURE-999");

        result.ExitCode.Should().Be(2, result.ToString());
        result.Error.Should().Contain("unknown task id 'FEATURE-999'").And.Contain("FEATURE-001, FEATURE-002");
    }

    [Test]
    public void An_unknown_track_or_role_is_exit_2_naming_the_known_ones()
    {
        using var repo = TempRepo.Sample();

        var track = repo.Harness("restart", "FEATURE-002", "--track", "Z");
        var role = repo.Harness("restart", "FEATURE-002", "--as", "astronaut");

        track.ExitCode.Should().Be(2, track.ToString());
        track.Error.Should().Contain("FEATURE-002 has no track 'Z'; tracks: A, B, C");
        role.ExitCode.Should().Be(2, role.ToString());
        role.Error.Should().Contain("unknown role 'astronaut'; known roles: planner, coder, reviewer, verifier");
    }

    [Test]
    public void Current_picks_the_task_whose_note_is_newest_among_tasks_in_progress()
    {
        using var repo = TempRepo.Sample();
        repo.Write("tasks/FEATURE-001-progress.md", "---\nupdated: 2999-01-01\n---\n" + repo.Read("tasks/FEATURE-001-progress.md"));

        var newest = repo.Harness("restart", "--current");
        repo.Edit("tasks/FEATURE-001-progress.md", "- ready-for-handoff", "- done");
        var next = repo.Harness("restart", "--current");

        newest.ExitCode.Should().Be(0, newest.ToString());
        newest.Output.Should().StartWith("# Restart: FEATURE-001\n");
        next.Output.Should().StartWith("# Restart: FEATURE-002\n");
    }

    [Test]
    public void Current_with_no_task_in_progress_is_exit_2()
    {
        using var repo = TempRepo.Sample();
        repo.Edit("tasks/FEATURE-001-progress.md", "- ready-for-handoff", "- done");
        repo.Edit(Note, "- in-progress", "- done");

        var result = repo.Harness("restart", "--current");

        result.ExitCode.Should().Be(2, result.ToString());
        result.Error.Should().Contain("--current: no task is in progress");
    }

    [Test]
    public void Json_format_gives_the_packet_as_data()
    {
        using var repo = TempRepo.Sample();

        var result = repo.Harness("restart", "FEATURE-002", "--track", "B", "--format", "json");

        result.ExitCode.Should().Be(0, result.ToString());
        using var json = JsonDocument.Parse(result.Output);
        var root = json.RootElement;
        root.GetProperty("task").GetString().Should().Be("FEATURE-002");
        root.GetProperty("complete").GetBoolean().Should().BeTrue();
        root.GetProperty("agent").GetProperty("role").GetString().Should().Be("coder");
        var goal = root.GetProperty("inputs")[0];
        goal.GetProperty("name").GetString().Should().Be("Plan: Goal");
        goal.GetProperty("path").GetString().Should().Be("tasks/FEATURE-002-plan.md");
        goal.GetProperty("line").GetInt32().Should().Be(4);
        goal.GetProperty("content").GetString().Should().StartWith("- Make the assignee filter");
        root.GetProperty("verify")[1].GetProperty("freshness").GetString().Should().Be("unknown");
        root.GetProperty("stopConditions").GetArrayLength().Should().Be(0);
    }

    [Test]
    public void More_than_20_tracks_give_the_current_track_in_full_and_the_others_in_one_line()
    {
        using var repo = TempRepo.Sample();
        var tracks = string.Concat(Enumerable.Range(1, 25).Select(i =>
            $"### Track T{i}: Part {i}\n- Status\n  - in-progress\n- Owner\n  - coder-{i}\n- Owned Files\n  - `src/part{i}.sh`\n" +
            $"- Verify Signal\n  - `sh tests/part{i}.sh` passes.\n- Dependencies\n  - none\n\n"));
        repo.Write(FeatureList, $"---\nfeature: FEATURE-002\n---\n# Feature List\n\n## Tracks\n\n{tracks}");

        var result = repo.Harness("restart", "FEATURE-002", "--track", "T5", "--allow-incomplete");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Output.Should().Contain("### Track T5 (docs/harness/feature-list.md:")
            .And.Contain("- T6 | coder-6 | in-progress | none | src/part6.sh (docs/harness/feature-list.md:")
            .And.NotContain("### Track T6");
    }

    [Test]
    public void Out_writes_the_prompt_to_a_file_and_nothing_to_stdout()
    {
        using var repo = TempRepo.Sample();

        var result = repo.Harness("restart", "FEATURE-002", "--out", "prompt.md");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Output.Should().BeEmpty();
        repo.Read("prompt.md").Should().StartWith("# Restart: FEATURE-002\n");
    }

    [Test]
    public void Outside_git_the_prompt_says_so_and_still_restarts()
    {
        using var repo = TempRepo.Empty();
        TempRepo.CopyFolder(ProjectFiles.SampleRepo, repo.Root);

        var result = repo.Harness("restart", "FEATURE-002", "--track", "B");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Output.Should().Contain("- The repo is not in git: no commits or uncommitted changes to report.");
    }

    [Test]
    public void A_repo_template_override_reaches_scribans_builtins_and_may_shadow_them()
    {
        using var repo = TempRepo.Sample();
        repo.Write(".harness/templates/restart-prompt.md.scriban",
            "{{ task | string.upcase }} {{ [3, 1, 2] | array.sort | array.join \",\" }} {{ math.abs(-4) }} {{ steps | array.size }}\n");

        var result = repo.Harness("restart", "FEATURE-002");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Output.Should().Be("FEATURE-002 1,2,3 4 5\n");

        repo.Write(".harness/templates/restart-prompt.md.scriban", "{{ string = 1 }}{{ task }} {{ string }}\n");
        var shadowed = repo.Harness("restart", "FEATURE-002");
        shadowed.ExitCode.Should().Be(0, shadowed.ToString());
        shadowed.Output.Should().Be("FEATURE-002 1\n");
    }

    private static void WriteEvidence(TempRepo repo, string track, string commit) =>
        repo.Write($".harness/evidence/FEATURE-002/20261127T000000Z-{track}.json",
            $$"""{"feature":"FEATURE-002","track":"{{track}}","command":"sh tests/test_audit_log.sh","exitCode":0,"startedAt":"2026-11-27T00:00:00Z","durationMs":5,"commit":"{{commit}}","dirty":false,"outputTail":"ok","outcome":"passed"}""");
}
