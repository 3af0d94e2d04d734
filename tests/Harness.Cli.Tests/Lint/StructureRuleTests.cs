using Harness.Cli.Tests.Support;

namespace Harness.Cli.Tests.Lint;

public sealed class StructureRuleTests
{
    private const string List = FeatureListText.ListPath;

    [Test]
    public void The_clean_builder_repo_has_no_warning_or_error_so_each_rule_test_adds_one_defect()
    {
        using var repo = LintRun.Repo(new FeatureListText().Track("A").Track("B", "A"));

        var (result, findings) = LintRun.Json(repo);

        result.ExitCode.Should().Be(0, result.ToString());
        findings.Where(f => f.Severity != "info").Should().BeEmpty(string.Join('\n', findings));
    }

    [Test]
    public void HRN001_malformed_front_matter()
    {
        using var repo = LintRun.Repo(new FeatureListText().Track("A"));
        repo.Write(FeatureListText.NotePath, "---\nupdated: [2026\n---\n" + FeatureListText.Note());

        var (result, findings) = LintRun.Json(repo);

        // YAML notices the unclosed sequence where the front matter ends, on line 3.
        LintAssert.Single(findings, "HRN001", FeatureListText.NotePath, 3).Severity.Should().Be("error");
        result.ExitCode.Should().Be(1);
    }

    [Test]
    public void HRN002_malformed_config_value()
    {
        using var repo = LintRun.Repo(new FeatureListText().Track("A"));
        repo.Write("harness.yml", "version: 1\nidPattern: \"[unclosed\"\n");

        var (_, findings) = LintRun.Json(repo);

        LintAssert.Single(findings, "HRN002", "harness.yml", 2);
    }

    [Test]
    public void HRN003_a_rule_setting_that_names_no_rule()
    {
        using var repo = LintRun.Repo(new FeatureListText().Track("A"));
        repo.Write("harness.yml", "version: 1\nrules:\n  HRN999: off\n");

        var (result, findings) = LintRun.Json(repo);

        LintAssert.Single(findings, "HRN003", "harness.yml", 3).Message.Should().Contain("HRN999");
        result.ExitCode.Should().Be(0, "an unknown key is a warning");
    }

    [Test]
    public void HRN004_a_plan_without_a_required_section()
    {
        using var repo = LintRun.Repo(new FeatureListText().Track("A"));
        repo.Edit(FeatureListText.PlanPath, "## Merge Order\n1. Track by track.\n", "");

        var (result, findings) = LintRun.Json(repo);

        LintAssert.Single(findings, "HRN004", FeatureListText.PlanPath, 1).Message.Should().Contain("Merge Order");
        LintAssert.OnlyRule(findings, "HRN004");
        result.ExitCode.Should().Be(1);
    }

    [Test]
    public void HRN004_a_progress_note_without_its_next_step()
    {
        using var repo = LintRun.Repo(new FeatureListText().Track("A"));
        repo.Edit(FeatureListText.NotePath, "## Next Step\n", "## Later\n");

        var (_, findings) = LintRun.Json(repo);

        LintAssert.Single(findings, "HRN004", FeatureListText.NotePath, 1).Message.Should().Contain("Next Step");
    }

    [Test]
    public void HRN004_a_handoff_without_the_sections_of_the_contract()
    {
        using var repo = LintRun.Repo(new FeatureListText().Track("A"));
        const string handoff = "tasks/FEATURE-009-handoffs/20261127T000000Z-A.md";
        repo.Write(handoff, "# Handoff\n\n## Goal\n- A.\n\n## Owned Files\n- `src/a.sh`\n\n## Verify\n- `sh t.sh`\n\n## Next Owner\n- reviewer\n\n" +
            "## Exit State\n- done\n\n## Changed Files\n- `src/a.sh`\n\n## Verification\n- pass\n");

        var (_, findings) = LintRun.Json(repo);

        LintAssert.Single(findings, "HRN004", handoff, 1).Message.Should().Contain("Remaining Gaps");
    }

    [Test]
    public void HRN005_a_track_without_a_verify_signal()
    {
        using var repo = LintRun.Repo(new FeatureListText().Track("A").Track(new TrackText("B", Verify: null)));

        var (_, findings) = LintRun.Json(repo);

        LintAssert.Single(findings, "HRN005", List, LintRun.LineOf(repo, List, "### Track B")).Message.Should().Contain("Verify Signal");
        LintAssert.OnlyRule(findings, "HRN005");
    }

    [Test]
    public void HRN006_a_missing_recommended_section_is_info_only()
    {
        using var repo = LintRun.Repo(new FeatureListText().Track("A"));
        repo.Edit(FeatureListText.PlanPath, "## Checkpoints\n- One.\n", "");

        var (result, findings) = LintRun.Json(repo);

        LintAssert.Single(findings, "HRN006", FeatureListText.PlanPath, 1).Severity.Should().Be("info");
        result.ExitCode.Should().Be(0);
    }

    [Test]
    public void HRN007_two_tracks_with_one_id()
    {
        using var repo = LintRun.Repo(new FeatureListText().Track("A").Track(new TrackText("A", Owns: ["src/other.sh"])));

        var (_, findings) = LintRun.Json(repo);

        var finding = LintAssert.Single(findings, "HRN007", List, LintRun.LineOf(repo, List, "### Track A", occurrence: 2));
        finding.Message.Should().Contain($"{List}:{LintRun.LineOf(repo, List, "### Track A")}");
    }

    [Test]
    public void HRN008_a_status_with_no_meaning()
    {
        using var repo = LintRun.Repo(new FeatureListText().Track(new TrackText("A", Status: "someday")));

        var (result, findings) = LintRun.Json(repo);

        LintAssert.Single(findings, "HRN008", List, LintRun.LineOf(repo, List, "someday")).Severity.Should().Be("warning");
        LintAssert.OnlyRule(findings, "HRN008");
        result.ExitCode.Should().Be(0);
    }
}
