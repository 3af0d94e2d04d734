using Harness.Cli.Tests.Support;

namespace Harness.Cli.Tests.Lint;

public sealed class PlanNoteEvidenceRuleTests
{
    private const string List = FeatureListText.ListPath;
    private const string Plan = FeatureListText.PlanPath;
    private const string Note = FeatureListText.NotePath;

    [Test]
    public void HRN016_the_plan_gives_a_track_to_another_owner()
    {
        using var repo = LintRun.Repo(new FeatureListText().Track("A"));
        repo.Edit(Plan, "| A | coder-a |", "| A | coder-z |");

        var (result, findings) = LintRun.Json(repo);

        var finding = LintAssert.Single(findings, "HRN016", Plan, LintRun.LineOf(repo, Plan, "coder-z"));
        finding.Message.Should().Contain($"{List}:{LintRun.LineOf(repo, List, "  - coder-a")}");
        LintAssert.OnlyRule(findings, "HRN016");
        result.ExitCode.Should().Be(1);
    }

    [Test]
    public void HRN016_a_path_the_feature_list_owns_that_the_plan_does_not()
    {
        using var repo = LintRun.Repo(new FeatureListText().Track(new TrackText("A", Owns: ["src/a.sh", "tests/a.sh"])));
        repo.Edit(Plan, ", `tests/a.sh`", "");

        var (_, findings) = LintRun.Json(repo);

        var finding = LintAssert.Single(findings, "HRN016", Plan, LintRun.LineOf(repo, Plan, "| A |"));
        finding.Message.Should().Contain("tests/a.sh").And.Contain($"{List}:{LintRun.LineOf(repo, List, "`tests/a.sh`")}");
    }

    [Test]
    public void HRN016_a_glob_on_one_side_covers_the_listed_paths_of_the_other()
    {
        using var repo = LintRun.Repo(new FeatureListText().Track(new TrackText("A", Owns: ["src/**"])));
        repo.Edit(Plan, "`src/**`", "`src/a.sh`, `src/lib/b.sh`");

        LintRun.Json(repo).Findings.Should().NotContain(f => f.RuleId == "HRN016");
    }

    [Test]
    public void HRN016_a_track_of_the_feature_list_missing_from_the_plan()
    {
        using var repo = LintRun.Repo(new FeatureListText().Track("A").Track("B"));
        repo.Edit(Plan, "| B | coder-a | Work B | `src/b.sh` | `sh tests/run.sh` | passes |", "");

        var (_, findings) = LintRun.Json(repo);

        var finding = LintAssert.Single(findings, "HRN016", Plan, LintRun.LineOf(repo, Plan, "## Workstreams"));
        finding.Message.Should().Contain($"{List}:{LintRun.LineOf(repo, List, "### Track B")}");
    }

    [Test]
    public void HRN017_a_next_step_with_two_work_packages()
    {
        using var repo = LintRun.Repo(new FeatureListText().Track("A"));
        repo.Write(Note, FeatureListText.Note("Finish Track A.", "Then start Track B."));

        var (result, findings) = LintRun.Json(repo);

        LintAssert.Single(findings, "HRN017", Note, LintRun.LineOf(repo, Note, "Then start Track B")).Severity.Should().Be("warning");
        result.ExitCode.Should().Be(0);
    }

    [Test]
    public void HRN018_a_note_older_than_a_commit_that_changed_owned_files()
    {
        using var repo = LintRun.Repo(new FeatureListText().Track("A"), git: true);
        repo.Write("src/a.sh", "echo 1\n");
        repo.CommitAll("start");
        repo.Write("src/a.sh", "echo 2\n");
        repo.CommitAll("change A without the note");

        var (_, findings) = LintRun.Json(repo);

        LintAssert.Single(findings, "HRN018", Note, 1).Severity.Should().Be("warning");
        LintAssert.OnlyRule(findings, "HRN018");
    }

    [Test]
    public void HRN018_a_note_committed_with_the_change_is_current()
    {
        using var repo = LintRun.Repo(new FeatureListText().Track("A"), git: true);
        repo.Write("src/a.sh", "echo 1\n");
        repo.CommitAll("start");
        repo.Write("src/a.sh", "echo 2\n").Edit(Note, "- Test.", "- Test again.");
        repo.CommitAll("change A and the note");

        LintRun.Json(repo).Findings.Should().BeEmpty();
    }

    [Test]
    public void HRN018_without_git_says_once_that_it_skipped()
    {
        using var repo = LintRun.Repo(new FeatureListText().Track("A"));

        var (result, findings) = LintRun.Json(repo);

        var finding = LintAssert.Single(findings, "HRN018", Note, 1);
        finding.Severity.Should().Be("info");
        finding.Message.Should().Contain("skipped");
        result.ExitCode.Should().Be(0);
    }

    [Test]
    public void HRN019_a_done_track_whose_latest_verify_failed()
    {
        using var repo = LintRun.Repo(new FeatureListText().Track(new TrackText("A", Status: "done")));
        repo.Write(".harness/evidence/FEATURE-009/20261127T000000Z-A.json",
            """{"feature":"FEATURE-009","track":"A","command":"sh t.sh","exitCode":0,"startedAt":"2026-11-27T00:00:00Z","outcome":"passed"}""");
        repo.Write(".harness/evidence/FEATURE-009/20261127T010000Z-A.json",
            """{"feature":"FEATURE-009","track":"A","command":"sh t.sh","exitCode":1,"startedAt":"2026-11-27T01:00:00Z","outcome":"failed"}""");

        var (result, findings) = LintRun.Json(repo);

        var finding = LintAssert.Single(findings, "HRN019", List, LintRun.LineOf(repo, List, "  - done"));
        finding.Message.Should().Contain(".harness/evidence/FEATURE-009/20261127T010000Z-A.json");
        result.ExitCode.Should().Be(1);
    }

    [Test]
    public void A_task_not_begun_and_extra_sections_and_documents_are_never_findings()
    {
        using var repo = LintRun.Repo(new FeatureListText().Track("A"));
        File.Delete(repo.PathOf(Note));
        repo.Edit(Plan, "## Goal", "## Our Own Section\n- Anything.\n\n## Goal");
        repo.Write("docs/harness/glossary.md", "# Glossary\nNo harness artifact.\n");

        var (result, findings) = LintRun.Json(repo);

        result.ExitCode.Should().Be(0, result.ToString());
        findings.Should().BeEmpty();
    }
}
