using Harness.Cli.Tests.Support;

namespace Harness.Cli.Tests.Commands;

/// <summary>
/// Issue 16 item 6: the author's restart protocol is the source of the prompt's Live Checks, Stop Conditions,
/// Handoff Contract and Restart Output, and restart enforces the stop conditions it can check mechanically.
/// </summary>
public sealed class RestartProtocolTests
{
    private const string Protocol = "docs/harness/restart-protocol.md";
    private const string Note = "tasks/FEATURE-002-progress.md";
    private const string FeatureList = "docs/harness/feature-list.md";

    [Test]
    public void The_prompt_quotes_the_authors_protocol_sections_verbatim_with_file_and_line()
    {
        using var repo = TempRepo.Sample();

        var result = repo.Harness("restart", "FEATURE-002");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Output.Should().Contain(
                $"## Live Checks ({Protocol}:31)\nCheck these before you change anything, and again before you stop (the restart protocol's words):\n" +
                "> - `git status` shows no conflict and no change outside your owned files.\n> - The verify command of your track runs from the repo root.\n")
            .And.Contain($"## Stop Conditions ({Protocol}:23)\n")
            .And.Contain("> - Only a summary stands where a primary input should be.\n")
            .And.Contain($"## Handoff Contract ({Protocol}:35)\n")
            .And.Contain("> - Goal, Owned Files, Required Inputs, Expected Output, Verify, Stop Condition, Next Owner.\n")
            .And.Contain($"## Restart Output ({Protocol}:38)\n")
            .And.Contain("> - Exit State: `done`, `blocked` or `needs-human-approval`.\n> - Changed Files.\n")
            .And.NotContain("Next Owner and First Step: who takes over", "harness's own Restart Output is only the fallback");
    }

    [Test]
    public void A_translated_heading_is_read_by_its_English_words_and_its_Japanese_prose_is_quoted_as_written()
    {
        using var repo = TempRepo.Sample();
        repo.Edit(Protocol, "## Stop Conditions\n- There is no Progress Note.", "## Stop Conditions（停止条件）\n- Progress Note がない。");

        var result = repo.Harness("restart", "FEATURE-002");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Output.Should().Contain($"## Stop Conditions ({Protocol}:23)\n")
            .And.Contain("> - Progress Note がない。\n> - There is no verify result at all.\n");
    }

    [Test]
    public void Without_those_sections_harness_own_wording_stands_in()
    {
        using var repo = TempRepo.Sample();
        var text = repo.Read(Protocol);
        repo.Write(Protocol, text[..text.IndexOf("## Stop Conditions", StringComparison.Ordinal)]);

        var result = repo.Harness("restart", "FEATURE-002");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Output.Should().Contain("## Live Checks\n- `git status` shows no conflict and no change outside your owned files.\n")
            .And.Contain("## Stop Conditions\nStop and report instead of working on when one of these holds (harness checked each when it made this prompt):\n")
            .And.Contain("## Handoff Contract\nWhen the work changes hands, write the handoff (`harness handoff FEATURE-002 --track T --to OWNER`) with:\n")
            .And.Contain("## Restart Output\nWhen you stop, report exactly these, and update the Progress Note to match:\n")
            .And.Contain("- Next Owner and First Step: who takes over, and the first thing they do.\n");
    }

    [TestCase("blocked", "clear the blocker the note names, then set the Status of tasks/FEATURE-002-progress.md to in-progress")]
    [TestCase("needs-human-approval", "a person approves, then sets the Status of tasks/FEATURE-002-progress.md to in-progress")]
    public void A_note_that_holds_the_work_stops_every_agent_the_planner_too(string status, string fix)
    {
        using var repo = TempRepo.Sample();
        repo.Edit(Note, "## Status\n- in-progress", $"## Status\n- {status}");

        var planner = repo.Harness("restart", "FEATURE-002");
        var track = repo.Harness("restart", "FEATURE-002", "--track", "B", "--allow-incomplete");

        planner.ExitCode.Should().Be(3, planner.ToString());
        planner.Error.Should().Contain($"{Note}(4,3): error RST008: the Progress Note's Status is {status}; fix: {fix}");
        track.ExitCode.Should().Be(0, "--allow-incomplete still renders");
        track.Output.Should().Contain($"- {Note}(4,3): error RST008").And.Contain("## Restart Steps");
    }

    [Test]
    public void A_track_whose_verify_is_unknown_stops_and_restart_verify_refreshes_it_first()
    {
        using var repo = TempRepo.Sample();

        var stopped = repo.Harness("restart", "FEATURE-002", "--track", "B");
        var verified = repo.Harness("restart", "FEATURE-002", "--track", "B", "--verify");

        stopped.ExitCode.Should().Be(3, stopped.ToString());
        stopped.Output.Should().BeEmpty();
        stopped.Error.Should().Contain(
            $"{Note}(22,1): error RST007: the verify of Track B is unknown: from the Progress Note's Last Verify, which carries no commit; " +
            "fix: run `harness restart FEATURE-002 --track B --verify`, which runs it first and records a current result");
        verified.ExitCode.Should().Be(0, verified.ToString());
        verified.Output.Should().Contain("- Track B: `sh tests/test_audit_log.sh`: passed; pass: it passed at");
    }

    [Test]
    public void A_stale_verify_stops_the_track_while_the_planner_sees_it_and_decides()
    {
        using var repo = TempRepo.Sample();
        repo.Harness("restart", "FEATURE-002", "--track", "B", "--verify").ExitCode.Should().Be(0);
        repo.CommitAll("evidence");
        repo.Edit("src/support_hub/audit_log.sh", "#!/bin/sh", "#!/bin/sh\n# changed after the verify");
        repo.CommitAll("code after the verify");

        var track = repo.Harness("restart", "FEATURE-002", "--track", "B");
        var planner = repo.Harness("restart", "FEATURE-002");

        track.ExitCode.Should().Be(3, track.ToString());
        track.Error.Should().Contain("error RST007: the verify of Track B is stale: ")
            .And.Contain("fix: run `harness restart FEATURE-002 --track B --verify`");
        planner.ExitCode.Should().Be(0, planner.ToString());
        planner.Output.Should().Contain("- Track B: `sh tests/test_audit_log.sh`: passed; stale: ");
    }

    [Test]
    public void A_failing_verify_stops_the_track_and_says_to_make_it_pass()
    {
        using var repo = TempRepo.Sample();
        repo.Edit("tests/test_audit_log.sh", "#!/bin/sh", "#!/bin/sh\nexit 1");

        var result = repo.Harness("restart", "FEATURE-002", "--track", "B", "--verify");

        result.ExitCode.Should().Be(3, result.ToString());
        result.Error.Should().Contain("error RST007: the verify of Track B failed: ")
            .And.Contain("fix: make it pass, then run `harness restart FEATURE-002 --track B --verify`");
    }

    [Test]
    public void A_track_whose_file_a_track_in_progress_also_owns_stops()
    {
        using var repo = TempRepo.Sample();
        repo.Edit(FeatureList, "  - done", "  - in-progress");
        repo.Edit(FeatureList, "  - `tests/test_assignee_filter.sh`", "  - `tests/test_assignee_filter.sh`\n  - `tests/test_audit_log.sh`");

        var result = repo.Harness("restart", "FEATURE-002", "--track", "B", "--allow-incomplete");

        result.Output.Should().Contain("error RST009: Track A (coder-a) is in progress and also owns tests/test_audit_log.sh; fix: wait until Track A is done")
            .And.NotContain("also owns src/support_hub/common.sh", "the Shared File Rule governs common.sh");
    }

    [Test]
    public void A_track_whose_dependencies_are_unfinished_stops_naming_them()
    {
        using var repo = TempRepo.Sample();

        var result = repo.Harness("restart", "FEATURE-002", "--track", "C", "--as", "verifier");

        result.ExitCode.Should().Be(3, result.ToString());
        result.Error.Should().Contain($"{FeatureList}(71,5): error RST012: Track C depends on unfinished tracks: Track B (in-progress); fix: wait until they are done")
            .And.NotContain("Track A (done)");
    }

    [Test]
    public void Commits_on_the_base_branch_that_touch_the_owned_files_and_a_merge_conflict_stop_the_track()
    {
        using var repo = TempRepo.Sample();
        repo.RunGit("checkout", "-q", "-b", "track-b");
        repo.Edit("src/support_hub/audit_log.sh", "#!/bin/sh", "#!/bin/sh\n# on the track");
        repo.CommitAll("track b work");
        repo.RunGit("checkout", "-q", "main");
        repo.Edit("src/support_hub/audit_log.sh", "#!/bin/sh", "#!/bin/sh\n# on main");
        repo.CommitAll("audit log on main");
        repo.RunGit("checkout", "-q", "track-b");

        var result = repo.Harness("restart", "FEATURE-002", "--track", "B", "--allow-incomplete");

        result.Output.Should().MatchRegex(@"error RST010: main \(the base, from harness's default\) has 1 commit\(s\) touching Track B's owned files that HEAD lacks: [0-9a-f]{12} audit log on main; fix: bring HEAD up to date first")
            .And.Contain("src/support_hub/audit_log.sh(1,1): error RST011: a merge of main (the base) into HEAD would conflict in src/support_hub/audit_log.sh")
            .And.Contain("- The base branch main (from harness's default) moved under your owned files: see the stop conditions.");
    }

    [Test]
    public void The_base_named_in_harness_yml_wins_and_a_repo_without_one_says_the_check_was_skipped()
    {
        using var repo = TempRepo.Sample();
        repo.RunGit("branch", "-m", "main", "work");
        repo.RunGit("checkout", "-q", "-b", "trunk");
        repo.Edit("tests/test_audit_log.sh", "#!/bin/sh", "#!/bin/sh\n# on trunk");
        repo.CommitAll("test on trunk");
        repo.RunGit("checkout", "-q", "work");

        var skipped = repo.Harness("restart", "FEATURE-002", "--track", "B", "--allow-incomplete");
        repo.Write("harness.yml", repo.Read("harness.yml") + "base: trunk\n");
        var configured = repo.Harness("restart", "FEATURE-002", "--track", "B", "--allow-incomplete");

        skipped.Output.Should().Contain("- The base branch was not compared: no base in harness.yml, the branch has no upstream and there is no main.\n")
            .And.NotContain("RST010");
        configured.Output.Should().Contain("error RST010: trunk (the base, from harness.yml) has 1 commit(s) touching Track B's owned files")
            .And.NotContain("RST011", "the two branches merge cleanly");
    }

    [Test]
    public void A_single_agent_task_gets_single_agent_steps_and_no_feature_list_owned_files_or_merge_order()
    {
        using var repo = TempRepo.Sample();

        var result = repo.Harness("restart", "FEATURE-001", "--verify");

        result.ExitCode.Should().Be(0, result.ToString());
        var steps = result.Output[result.Output.IndexOf("## Restart Steps", StringComparison.Ordinal)..result.Output.IndexOf("## Inputs", StringComparison.Ordinal)];
        steps.Should().Be(
            "## Restart Steps\n" +
            "1. Read the brief: Goal, Scope, Deliverables, Acceptance Criteria and Verification. (harness's default)\n" +
            "2. Read the Progress Note: Current Goal, Decided, Open Questions, Next Step. (harness's default)\n" +
            "3. Check the latest verify result and its freshness; rerun the verify when it is not current. (harness's default)\n" +
            "4. Take the Next Step as one work package; stop and report when it is done. (harness's default)\n\n");
        result.Output.Should().NotContain("feature list").And.NotContain("Merge Order").And.NotContain("## Handoff Contract");
    }
}
