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
        result.Error.Should().Contain($"{Note}(1,1): error RST001: there is no Progress Note; fix: write {Note}")
            .And.Contain("RST002: there is no verify result at all");
    }

    [Test]
    public void A_note_without_any_verify_line_and_no_evidence_stops_the_restart()
    {
        using var repo = TempRepo.Sample();
        repo.Edit(Note, "- `sh tests/test_assignee_filter.sh` : pass\n- `sh tests/test_audit_log.sh` : pass", "- none");

        var result = repo.Harness("restart", "FEATURE-002");

        result.ExitCode.Should().Be(3, result.ToString());
        result.Error.Should().Contain($"{Note}(1,1): error RST002: there is no verify result at all")
            .And.Contain("fix: run `harness verify FEATURE-002` (every track), or add the command and its result under '## Last Verify'")
            .And.NotContain("--track T");
    }

    [Test]
    public void Approval_gates_are_listed_as_conditions_and_nothing_as_pending_while_nothing_waits()
    {
        using var repo = HandWrittenTask.Repo();

        var prompt = repo.Harness("restart", HandWrittenTask.Id);
        var packet = repo.Harness("restart", HandWrittenTask.Id, "--format", "json");

        prompt.ExitCode.Should().Be(0, prompt.ToString());
        prompt.Output.Should().Contain(
            "## Approval Gates\nConditions, not requests: a change of this kind needs a person's approval before it is made.\n" +
            $"- 索引の保存形式を変えるときは、リードの承認が必要。 ({HandWrittenTask.PlanPath}:26)\n" +
            $"- 本番データでの計測は、運用チームの承認を得てから行う。 ({HandWrittenTask.PlanPath}:27)\n" +
            $"- A new dependency needs a person's approval. ({HandWrittenTask.PlanPath}:28)\n" +
            $"- 検索画面の文言変更はデザイナーの確認を経る。 ({HandWrittenTask.PlanPath}:29)\n\n" +
            "## Pending Approvals\nWhat waits for a person's approval now: do not work past it.\n- none\n");
        prompt.Output.Should().Contain("- met: no pending approval: nothing waits for a person's approval")
            .And.Contain("the 4 approval gates are conditions for later changes, not requests waiting now");
        var root = JsonDocument.Parse(packet.Output).RootElement;
        root.GetProperty("approvalGates").EnumerateArray().Select(g => g.GetProperty("line").GetInt32()).Should().Equal(26, 27, 28, 29);
        root.GetProperty("approvalGates")[0].GetProperty("path").GetString().Should().Be(HandWrittenTask.PlanPath);
        root.GetProperty("pendingApprovals").GetArrayLength().Should().Be(0);
    }

    [Test]
    public void A_track_in_needs_human_approval_and_an_open_question_awaiting_approval_are_pending_and_the_gates_stay_gates()
    {
        using var repo = HandWrittenTask.Repo();
        repo.Edit(HandWrittenTask.ListPath, "  - ready-for-coder-b", "  - needs-human-approval");
        repo.Edit(HandWrittenTask.NotePath, "- 索引の再構築はいつ行うか。", "- 索引の再構築はいつ行うか。\n- 索引をディスクに保存してよいか、リードの承認待ち。");

        var prompt = repo.Harness("restart", HandWrittenTask.Id, "--track", "A", "--allow-incomplete");
        var packet = repo.Harness("restart", HandWrittenTask.Id, "--track", "A", "--format", "json", "--allow-incomplete");

        prompt.ExitCode.Should().Be(0, prompt.ToString());
        var statusLine = LintRun.LineOf(repo, HandWrittenTask.ListPath, "needs-human-approval");
        var questionLine = LintRun.LineOf(repo, HandWrittenTask.NotePath, "承認待ち");
        prompt.Output.Should().Contain(
            "## Pending Approvals\nWhat waits for a person's approval now: do not work past it.\n" +
            $"- Track B waits for a person's approval (needs-human-approval) ({HandWrittenTask.ListPath}:{statusLine})\n" +
            $"- Open Question: 索引をディスクに保存してよいか、リードの承認待ち。 ({HandWrittenTask.NotePath}:{questionLine})\n");
        var root = JsonDocument.Parse(packet.Output).RootElement;
        root.GetProperty("approvalGates").GetArrayLength().Should().Be(4);
        var pending = root.GetProperty("pendingApprovals").EnumerateArray().ToList();
        pending.Select(p => (p.GetProperty("path").GetString(), p.GetProperty("line").GetInt32()))
            .Should().Equal((HandWrittenTask.ListPath, statusLine), (HandWrittenTask.NotePath, questionLine));
        pending[1].GetProperty("text").GetString().Should().Be("Open Question: 索引をディスクに保存してよいか、リードの承認待ち。");
    }

    [TestCase("- 本番移行は部長の承認待ち。", true)]
    [TestCase("- 索引形式の変更は承認が必要か？", true)]
    [TestCase("- 要承認: 外部ライブラリの追加", true)]
    [TestCase("- 予算は決裁待ち。", true)]
    [TestCase("- The schema change needs approval from the DBA.", true)]
    [TestCase("- Waiting for approval of the new endpoint.", true)]
    [TestCase("- Awaiting sign-off from security.", true)]
    [TestCase("- 保存形式は承認済み。再構築の頻度だけ未定。", false)]
    [TestCase("- 索引の再構築は夜間バッチで足りるか？", false)]
    [TestCase("- Should the index be rebuilt nightly?", false)]
    public void An_open_question_is_pending_only_when_it_says_it_awaits_approval(string question, bool pending)
    {
        using var repo = HandWrittenTask.Repo();
        repo.Edit(HandWrittenTask.NotePath, "- 索引の再構築はいつ行うか。", question);

        var packet = repo.Harness("restart", HandWrittenTask.Id, "--track", "A", "--format", "json", "--allow-incomplete");

        packet.ExitCode.Should().Be(0, packet.ToString());
        var root = JsonDocument.Parse(packet.Output).RootElement;
        root.GetProperty("pendingApprovals").GetArrayLength().Should().Be(pending ? 1 : 0);
        root.GetProperty("openQuestions").GetArrayLength().Should().Be(1, "a question awaiting approval is still an open question");
    }

    [Test]
    public void A_track_whose_verify_signal_has_no_command_is_told_where_to_put_it_never_to_run_harness_verify()
    {
        using var repo = HandWrittenTask.Repo();
        repo.Edit(HandWrittenTask.NotePath, $"- `{HandWrittenTask.TrackACommand}` : pass", "- なし");
        var signalLine = LintRun.LineOf(repo, HandWrittenTask.ListPath, "- Verify Signal", occurrence: 2);

        var track = repo.Harness("restart", HandWrittenTask.Id, "--track", "B");
        var planner = repo.Harness("restart", HandWrittenTask.Id);

        track.ExitCode.Should().Be(3, track.ToString());
        track.Error.Should().Contain(
            $"RST002: there is no verify result at all (no evidence record and no Last Verify line); fix: put the command in backticks in the Verify Signal of Track B at {HandWrittenTask.ListPath}:{signalLine}, or add")
            .And.NotContain("harness verify FEATURE-010 --track B");
        planner.ExitCode.Should().Be(3, planner.ToString());
        planner.Error.Should().Contain(
            $"fix: run `harness verify FEATURE-010 --track A`; put the command in backticks in the Verify Signal of Track B at {HandWrittenTask.ListPath}:{signalLine}, or add")
            .And.NotContain("--track T");
    }

    [Test]
    public void A_brief_whose_verification_names_no_command_is_offered_the_one_claude_md_states()
    {
        using var repo = TempRepo.Git();
        repo.Write("tasks/BUG-002-brief.md", "# BUG-002 Brief\n\n## Goal\n- 空文字で検索しても落ちない。\n\n## Scope\n- 入力チェック。\n\n" +
            "## Verification\n- 単体テストが全部通ること。\n");
        repo.Write("tasks/BUG-002-progress.md", "# BUG-002 Progress Note\n\n## Status\n- in-progress\n\n## Current Goal\n- 入力チェックを足す。\n\n" +
            "## Last Verify\n- なし\n\n## Next Step\n- テストを書く。\n");
        repo.Write("CLAUDE.md", "# 開発メモ\n\n- ビルドは `make build`。\n- テストは `PYTHONPATH=src python -m unittest` で走らせる。\n");
        repo.CommitAll("BUG-002");

        var result = repo.Harness("restart", "BUG-002");

        result.ExitCode.Should().Be(3, result.ToString());
        result.Error.Should().Contain(
            "RST002: there is no verify result at all (no evidence record and no Last Verify line); fix: put the command in backticks in the Verification of tasks/BUG-002-brief.md:9, " +
            "such as `PYTHONPATH=src python -m unittest` (stated at CLAUDE.md:4), or add the command and its result under '## Last Verify' in tasks/BUG-002-progress.md")
            .And.NotContain("harness verify BUG-002");
    }

    [Test]
    public void Json_says_null_where_there_is_no_command_and_the_prompt_says_so_in_words()
    {
        using var repo = HandWrittenTask.Repo();
        repo.Edit(HandWrittenTask.NotePath, "## Last Verify\n", "## Last Verify\n- 手元で画面を開いて確認した\n");

        var packet = repo.Harness("restart", HandWrittenTask.Id, "--format", "json");
        var prompt = repo.Harness("restart", HandWrittenTask.Id);

        packet.ExitCode.Should().Be(0, packet.ToString());
        packet.Output.Should().NotContain("(no verify command)").And.NotContain("(no result written)");
        var verify = JsonDocument.Parse(packet.Output).RootElement.GetProperty("verify").EnumerateArray().ToList();
        verify.Should().HaveCount(3);
        verify[0].GetProperty("command").GetString().Should().Be(HandWrittenTask.TrackACommand);
        verify[1].GetProperty("track").GetString().Should().Be("B");
        verify[1].GetProperty("command").ValueKind.Should().Be(JsonValueKind.Null);
        verify[1].GetProperty("result").ValueKind.Should().Be(JsonValueKind.Null);
        verify[1].GetProperty("line").GetInt32().Should().Be(LintRun.LineOf(repo, HandWrittenTask.ListPath, "- Verify Signal", occurrence: 2));
        verify[2].GetProperty("command").ValueKind.Should().Be(JsonValueKind.Null, "a Last Verify line without backticks names no command");
        verify[2].GetProperty("result").GetString().Should().Be("手元で画面を開いて確認した");
        prompt.Output.Should().Contain("- Track B: no verify command: no result; none: its Verify Signal names no command in backticks; put the command in backticks in the Verify Signal of Track B at ")
            .And.Contain("- no verify command: 手元で画面を開いて確認した; unknown: from the Progress Note's Last Verify, which names no command in backticks and carries no commit");
    }

    [Test]
    public void A_missing_plan_is_a_missing_required_input()
    {
        using var repo = TempRepo.Sample();
        File.Delete(repo.PathOf("tasks/FEATURE-002-plan.md"));

        var result = repo.Harness("restart", "FEATURE-002");

        result.ExitCode.Should().Be(3, result.ToString());
        result.Error.Should().Contain("tasks/FEATURE-002-plan.md(1,1): error RST003: a required input is missing: Plan; fix: write tasks/FEATURE-002-plan.md");
    }

    [Test]
    public void A_track_without_an_owner_makes_ownership_unclear()
    {
        using var repo = TempRepo.Sample();
        repo.Edit(FeatureList, "  - coder-a", "  - none");

        var result = repo.Harness("restart", "FEATURE-002");

        result.ExitCode.Should().Be(3, result.ToString());
        result.Error.Should().Contain($"{FeatureList}(19,5): error RST004: Track A has no owner; fix: name its owner");
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
        result.Error.Should().Contain($"{FeatureList}(37,5): error RST005: Track B is {status}; fix:");
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
        result.Error.Should().Contain("docs/support-hub.md(1,1): error RST006: unresolved merge conflict in the work tree; fix: resolve the conflict, then `git add docs/support-hub.md`");
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

        // The note's Last Verify carries no commit: unknown, a stop (RST007); --allow-incomplete renders it anyway.
        var result = repo.Harness("restart", "FEATURE-001", "--allow-incomplete");

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

        var result = repo.Harness("restart", "FEATURE-002", "--track", "B", "--allow-incomplete");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Output.Should().MatchRegex(@"- Commits after [0-9a-f]{12}, the last commit of the Progress Note \(newest first\):\n  - [0-9a-f]{12} Refuse a no-op assignment change\n")
            .And.Contain("- Uncommitted changes in the owned files:\n  - tests/test_audit_log.sh\n- The base branch main (from harness's default) holds no commit")
            .And.Contain("\n- No handoff");
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

        var result = repo.Harness("restart", "FEATURE-002", "--allow-incomplete");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Output.Should().Contain("You are coder-b, working as the coder of Track B of FEATURE-002 (track from the Progress Note's front matter, ");
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
        var stale = repo.Harness("restart", "FEATURE-002", "--track", "B", "--allow-incomplete");

        current.Output.Should().Contain("- Track B: `sh tests/test_audit_log.sh`: passed; pass: it passed at HEAD on a clean tree (.harness/evidence/FEATURE-002/20261127T000000Z-B.json:1)");
        stale.Output.Should().Contain($"- Track B: `sh tests/test_audit_log.sh`: passed; stale: HEAD moved since it ran at {head[..12]}");
    }

    [Test]
    public void A_note_naming_a_track_the_list_lacks_is_told_which_tracks_there_are()
    {
        using var repo = TempRepo.Sample();
        repo.Write(Note, "---\ntrack: Z\n---\n" + repo.Read(Note));

        var result = repo.Harness("restart", "FEATURE-002");

        result.ExitCode.Should().Be(3, result.ToString());
        result.Error.Should().Contain($"{Note}(2,8): error RST004: the Progress Note names track 'Z', which {FeatureList} does not list; " +
            $"fix: fix 'track:' in the front matter of {Note}, or pass --track with one of A, B, C");
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

        var newest = repo.Harness("restart", "--current", "--allow-incomplete");
        repo.Edit("tasks/FEATURE-001-progress.md", "- ready-for-handoff", "- done");
        var next = repo.Harness("restart", "--current", "--allow-incomplete");

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

        var result = repo.Harness("restart", "FEATURE-002", "--track", "B", "--format", "json", "--allow-incomplete");

        result.ExitCode.Should().Be(0, result.ToString());
        using var json = JsonDocument.Parse(result.Output);
        var root = json.RootElement;
        root.GetProperty("task").GetString().Should().Be("FEATURE-002");
        root.GetProperty("complete").GetBoolean().Should().BeFalse("Track B's verify is unknown (RST007)");
        root.GetProperty("agent").GetProperty("role").GetString().Should().Be("coder");
        var goal = root.GetProperty("inputs")[0];
        goal.GetProperty("name").GetString().Should().Be("Plan: Goal");
        goal.GetProperty("path").GetString().Should().Be("tasks/FEATURE-002-plan.md");
        goal.GetProperty("line").GetInt32().Should().Be(4);
        goal.GetProperty("content").GetString().Should().StartWith("- Make the assignee filter");
        root.GetProperty("verify")[1].GetProperty("verifyState").GetString().Should().Be("unknown");
        root.GetProperty("stopConditions").EnumerateArray().Select(s => s.GetProperty("ruleId").GetString()).Should().Equal("RST007");
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
            .And.Contain("- T6 | coder-6 | in-progress | none | none | none (docs/harness/feature-list.md:", "its verify has no result and none of its files touch T5's")
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

        var result = repo.Harness("restart", "FEATURE-002", "--track", "B", "--allow-incomplete");

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
