using System.Text.Json;
using Harness.Cli.Tests.Support;

namespace Harness.Cli.Tests.Commands;

public sealed class AssessCommandTests
{
    private const string List = FeatureListText.ListPath;
    private const string Task = FeatureListText.TaskId;

    [Test]
    public void A_task_brief_is_single_agent()
    {
        using var repo = TempRepo.Sample();

        var result = repo.Harness("assess", "FEATURE-001");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Output.Should().StartWith("FEATURE-001: single-agent");
        result.Output.Should().Contain("met     one agent (tasks/FEATURE-001-brief.md:1)");
    }

    [Test]
    public void Parallel_tracks_with_current_passing_verifies_are_multi_agent()
    {
        using var repo = TwoCodersAndAReviewer();
        repo.Harness("verify", Task, "--all").ExitCode.Should().Be(0);

        var (result, assessment) = Json(repo);

        result.ExitCode.Should().Be(0, result.ToString());
        assessment.GetProperty("verdict").GetString().Should().Be("multi-agent");
        assessment.GetProperty("parallel").EnumerateArray().Select(t => t.GetString()).Should().Equal("A", "B");
        Criteria(assessment).Should().OnlyContain(c => c.GetProperty("met").GetBoolean(), result.Output);
        var verify = Criterion(assessment, "current passing verify");
        verify.GetProperty("path").GetString().Should().StartWith(".harness/evidence/FEATURE-009/");
        verify.GetProperty("detail").GetString().Should().Contain("Tracks A, B");
    }

    [Test]
    public void The_same_tracks_before_any_verify_ran_are_a_stop()
    {
        using var repo = TwoCodersAndAReviewer();

        var result = repo.Harness("assess", Task);

        result.ExitCode.Should().Be(1, result.ToString());
        result.Output.Should().StartWith($"{Task}: stop");
        var line = result.Output.Split('\n').Single(l => l.Contains("current passing verify", StringComparison.Ordinal));
        line.Should().StartWith("  NOT met").And.Contain("Track A can run now but its latest verify is not current").And.Contain("also Track B");
        line.Should().Contain($"({List}:{LintRun.LineOf(repo, List, "### Track A")})");
    }

    [Test]
    public void Two_parallel_tracks_owning_one_file_are_a_stop()
    {
        using var repo = Repo(new FeatureListText()
            .Track(new TrackText("A", Owns: ["src/shared.sh"]))
            .Track(new TrackText("B", Owner: "coder-b", Owns: ["src/b.sh", "src/shared.sh"])));
        repo.Harness("verify", Task, "--all").ExitCode.Should().Be(0);

        var (result, assessment) = Json(repo);

        result.ExitCode.Should().Be(1, result.ToString());
        assessment.GetProperty("verdict").GetString().Should().Be("stop");
        assessment.GetProperty("parallel").GetArrayLength().Should().Be(0);
        var disjoint = Criterion(assessment, "disjoint owned files");
        disjoint.GetProperty("met").GetBoolean().Should().BeFalse();
        disjoint.GetProperty("detail").GetString().Should().Contain("Track A and Track B can run at the same time and both own src/shared.sh");
        disjoint.GetProperty("path").GetString().Should().Be(List);
        disjoint.GetProperty("line").GetInt32().Should().Be(LintRun.LineOf(repo, List, "`src/shared.sh`", occurrence: 2));
    }

    [Test]
    public void A_pending_approval_is_a_stop()
    {
        using var repo = Repo(new FeatureListText()
            .Track("A")
            .Track(new TrackText("B", Owner: "coder-b", Status: "needs-human-approval")));
        repo.Harness("verify", Task, "--all").ExitCode.Should().Be(0);

        var (result, assessment) = Json(repo);

        result.ExitCode.Should().Be(1, result.ToString());
        var approval = Criterion(assessment, "no pending approval");
        approval.GetProperty("met").GetBoolean().Should().BeFalse();
        approval.GetProperty("detail").GetString().Should().StartWith("Track B waits for a person's approval");
        approval.GetProperty("line").GetInt32().Should().Be(LintRun.LineOf(repo, List, "  - needs-human-approval"));
    }

    [Test]
    public void An_open_question_awaiting_approval_is_a_pending_approval_and_approval_gates_are_not()
    {
        using var repo = Repo(new FeatureListText().Track("A").Track(new TrackText("B", Owner: "coder-b")));
        repo.Edit(FeatureListText.PlanPath, "## Approval Gates\n- none", "## Approval Gates\n- 公開 API を変えるときはリードの承認が必要。\n- 依存ライブラリの追加は要承認。");
        repo.CommitAll("gates");
        repo.Harness("verify", Task, "--all").ExitCode.Should().Be(0);

        var (gatesOnly, gatesAssessment) = Json(repo);
        repo.Edit(FeatureListText.NotePath, "## Open Questions\n- none", "## Open Questions\n- 本番データの移行は、田中さんの承認待ち。");
        var (waiting, waitingAssessment) = Json(repo);

        gatesOnly.ExitCode.Should().Be(0, gatesOnly.ToString());
        var met = Criterion(gatesAssessment, "no pending approval");
        met.GetProperty("met").GetBoolean().Should().BeTrue();
        met.GetProperty("detail").GetString().Should().Contain("the 2 approval gates are conditions for later changes, not requests waiting now");
        waiting.ExitCode.Should().Be(1, waiting.ToString());
        var approval = Criterion(waitingAssessment, "no pending approval");
        approval.GetProperty("met").GetBoolean().Should().BeFalse();
        approval.GetProperty("detail").GetString().Should().Be(
            "Open Question: 本番データの移行は、田中さんの承認待ち。; a person decides; write the answer under '## Decided' and take the question out of '## Open Questions' of " + FeatureListText.NotePath);
        approval.GetProperty("path").GetString().Should().Be(FeatureListText.NotePath);
        approval.GetProperty("line").GetInt32().Should().Be(LintRun.LineOf(repo, FeatureListText.NotePath, "承認待ち"));
    }

    [Test]
    public void A_plan_scope_still_holding_the_scaffold_placeholder_is_not_frozen_until_the_author_writes_it()
    {
        using var repo = TempRepo.Git();
        repo.Harness("init").ExitCode.Should().Be(0);
        repo.Harness("new", "FEATURE-003", "--title", "担当者で並び替える", "--track", "A:coder-a", "--track", "B:coder-b").ExitCode.Should().Be(0);
        const string plan = "tasks/FEATURE-003-plan.md";

        var (_, fresh) = Json(repo, "FEATURE-003");
        repo.Edit(plan, "- Write what this task changes, one bullet a part.", "- チケット一覧を担当者名で並び替える。");
        var (_, scopeWritten) = Json(repo, "FEATURE-003");
        repo.Edit(plan, "- Write what this task leaves alone.", "- 担当者の編集画面には手を入れない。");
        var (_, allWritten) = Json(repo, "FEATURE-003");

        var frozen = Criterion(fresh, "plan scope frozen");
        frozen.GetProperty("met").GetBoolean().Should().BeFalse();
        frozen.GetProperty("path").GetString().Should().Be(plan);
        frozen.GetProperty("line").GetInt32().Should().Be(7);
        frozen.GetProperty("detail").GetString().Should().Be(
            "the plan's Scope is still the placeholder \"Write what this task changes, one bullet a part.\"; replace it with what this task changes, one bullet a part, then the scope is frozen");
        var nonGoals = Criterion(scopeWritten, "plan scope frozen");
        nonGoals.GetProperty("met").GetBoolean().Should().BeFalse();
        nonGoals.GetProperty("line").GetInt32().Should().Be(LintRun.LineOf(repo, plan, "## Non-goals") + 1);
        nonGoals.GetProperty("detail").GetString().Should().StartWith("the plan's Non-goals is still the placeholder");
        Criterion(allWritten, "plan scope frozen").GetProperty("met").GetBoolean().Should().BeTrue();
    }

    [Test]
    public void A_track_without_a_verify_command_is_told_where_to_put_it_with_the_command_the_repo_states()
    {
        using var repo = Repo(new FeatureListText()
            .Track(new TrackText("A", Verify: "画面を開いて目で確認する。"))
            .Track(new TrackText("B", Owner: "coder-b")));
        var signal = LintRun.LineOf(repo, List, "- Verify Signal");
        var row = LintRun.LineOf(repo, FeatureListText.PlanPath, "| A |");

        var (_, fromPlan) = Json(repo);
        repo.Edit(FeatureListText.PlanPath, "| `sh tests/run.sh` |", "| 目で確認 |");
        repo.Write("AGENTS.md", Harness.Core.Init.Agents.AgentInstructions.Section("\n") +
            "\n## テスト\n\nテストは次で走らせる（`src/` を import path に入れる）。\n\n```sh\n$ PYTHONPATH=src python -m unittest discover -s tests\n```\n");
        var (_, fromAgents) = Json(repo);

        var perTrack = Criterion(fromPlan, "a runnable verify per track").GetProperty("detail").GetString();
        perTrack.Should().Be(
            $"Track A: the Verify Signal names no command in backticks; put the command in backticks in the Verify Signal of Track A at {List}:{signal}, " +
            $"such as `sh tests/run.sh` (stated at {FeatureListText.PlanPath}:{row})");
        var agentsLine = LintRun.LineOf(repo, "AGENTS.md", "$ PYTHONPATH=src");
        Criterion(fromAgents, "a runnable verify per track").GetProperty("detail").GetString().Should().EndWith(
            $"at {List}:{signal}, such as `PYTHONPATH=src python -m unittest discover -s tests` (stated at AGENTS.md:{agentsLine})");
        var current = Criterion(fromAgents, "current passing verify").GetProperty("detail").GetString();
        current.Should().Contain($"Track A can run now but its latest verify is not current (none: its Verify Signal names no command in backticks) (also Track B); put the command in backticks in the Verify Signal of Track A at {List}:{signal}")
            .And.NotContain("harness verify FEATURE-009 --track A");
    }

    [Test]
    public void A_fix_says_commit_first_only_when_there_is_something_to_commit()
    {
        using var repo = TwoCodersAndAReviewer();

        var (_, clean) = Json(repo);
        repo.Write("src/a.sh", "echo wip\n");
        var (_, dirty) = Json(repo);

        Criterion(clean, "current passing verify").GetProperty("detail").GetString().Should()
            .EndWith("; run `harness verify FEATURE-009 --track A`").And.NotContain("commit");
        Criterion(dirty, "current passing verify").GetProperty("detail").GetString().Should()
            .EndWith("; commit, then run `harness verify FEATURE-009 --track A`");
    }

    [Test]
    public void An_unknown_task_names_the_tasks_that_exist()
    {
        using var repo = TempRepo.Sample();

        var result = repo.Harness("assess", "FEATURE-404");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("FEATURE-404").And.Contain("FEATURE-001, FEATURE-002");
        result.Error.Should().NotContain("   at ");
    }

    [Test]
    public void The_planners_restart_prompt_and_packet_carry_the_assessment()
    {
        using var repo = TempRepo.Sample();
        repo.Harness("verify", "FEATURE-002", "--track", "B").ExitCode.Should().Be(0);

        var prompt = repo.Harness("restart", "FEATURE-002", "--as", "planner");
        var packet = repo.Harness("restart", "FEATURE-002", "--as", "planner", "--format", "json");
        var coder = repo.Harness("restart", "FEATURE-002", "--track", "B", "--format", "json");

        prompt.ExitCode.Should().Be(0, prompt.ToString());
        prompt.Output.Should().Contain("## Assessment: multi-agent (may run in parallel now: B)")
            .And.Contain("- met: current passing verify: Track B, which can run now, has a current passing verify (.harness/evidence/FEATURE-002/");
        var assessment = JsonDocument.Parse(packet.Output).RootElement.GetProperty("assessment");
        assessment.GetProperty("verdict").GetString().Should().Be("multi-agent");
        assessment.GetProperty("parallel").EnumerateArray().Select(t => t.GetString()).Should().Equal("B");
        JsonDocument.Parse(coder.Output).RootElement.TryGetProperty("assessment", out _).Should().BeFalse();
    }

    /// <summary>Coder tracks A and B with no order between them, and a reviewer track C after both.</summary>
    private static TempRepo TwoCodersAndAReviewer() => Repo(new FeatureListText()
        .Track("A")
        .Track(new TrackText("B", Owner: "coder-b"))
        .Track(new TrackText("C", Owner: "reviewer-c", Owns: ["docs/review.md"], Dependencies: ["A", "B"])));

    /// <summary>A committed git repo with the feature list, its plan, a Progress Note and a passing tests/run.sh.</summary>
    private static TempRepo Repo(FeatureListText list)
    {
        var repo = LintRun.Repo(list, git: true);
        repo.Write("tests/run.sh", "exit 0\n").CommitAll("feature");
        return repo;
    }

    private static (CliResult Result, JsonElement Assessment) Json(TempRepo repo, string task = Task)
    {
        var result = repo.Harness("assess", task, "--format", "json");
        return (result, JsonDocument.Parse(result.Output).RootElement);
    }

    private static List<JsonElement> Criteria(JsonElement assessment) => assessment.GetProperty("criteria").EnumerateArray().ToList();

    private static JsonElement Criterion(JsonElement assessment, string name) =>
        Criteria(assessment).Single(c => c.GetProperty("name").GetString() == name);
}
