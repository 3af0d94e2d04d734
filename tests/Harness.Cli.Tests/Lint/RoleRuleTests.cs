using Harness.Cli.Tests.Support;

namespace Harness.Cli.Tests.Lint;

public sealed class RoleRuleTests
{
    private const string List = FeatureListText.ListPath;
    private const string PlaybookPath = "docs/harness/multi-agent-playbook.md";

    private const string Playbook =
        "# Multi-agent Playbook\n\n## Roles\n\n### planner\n- Plans.\n\n### coder\n- Codes.\n\n### reviewer\n- Reviews.\n\n" +
        "## Merge Order\n1. planner\n2. coders\n3. reviewer\n";

    [Test]
    public void HRN020_an_owner_whose_role_the_playbook_does_not_list_is_an_error()
    {
        using var repo = LintRun.Repo(new FeatureListText().Track("A").Track(new TrackText("B", Owner: "designer-b")));
        repo.Write(PlaybookPath, Playbook);

        var (result, findings) = LintRun.Json(repo);

        var finding = LintAssert.Single(findings, "HRN020", List, LintRun.LineOf(repo, List, "  - designer-b"));
        finding.Severity.Should().Be("error");
        finding.Column.Should().Be(5);
        finding.Message.Should().Contain("role 'designer'").And.Contain($"the Roles of {PlaybookPath}: planner, coder, reviewer");
        LintAssert.OnlyRule(findings, "HRN020");
        result.ExitCode.Should().Be(1);
    }

    [TestCase("**coder-b**")]
    [TestCase("_reviewer-b_")]
    [TestCase("**coder-b / reviewer-b**")]
    public void HRN020_an_owner_written_in_bold_or_italics_names_its_role(string owner)
    {
        using var repo = LintRun.Repo(new FeatureListText().Track("A").Track(new TrackText("B", Owner: owner)));
        repo.Write(PlaybookPath, Playbook);

        var (_, findings) = LintRun.Json(repo);

        findings.Should().NotContain(f => f.RuleId == "HRN020", $"'{owner}' names a role the playbook lists");
    }

    [Test]
    public void HRN020_without_a_playbook_the_contracts_roles_stand_in_and_it_is_a_warning()
    {
        using var repo = LintRun.Repo(new FeatureListText().Track("A").Track(new TrackText("B", Owner: "designer-b")));

        var (result, findings) = LintRun.Json(repo);

        var finding = LintAssert.Single(findings, "HRN020", List, LintRun.LineOf(repo, List, "  - designer-b"));
        finding.Severity.Should().Be("warning");
        finding.Message.Should().Contain("planner, coder, reviewer, verifier");
        result.ExitCode.Should().Be(0);
    }

    [Test]
    public void HRN021_a_review_track_owning_a_coder_tracks_file_or_an_implementation_file()
    {
        using var repo = LintRun.Repo(new FeatureListText()
            .Track(new TrackText("A", Owns: ["lib/a.sh"]))
            .Track(new TrackText("C", Owner: "reviewer / verifier", Owns: ["docs/review.md", "lib/a.sh", "src/fix.sh"], Dependencies: ["A"])));

        var (_, findings) = LintRun.Json(repo);

        var owned = findings.Where(f => f.RuleId == "HRN021").ToList();
        owned.Select(f => (f.File, f.Line, f.Severity)).Should().Equal(
            (List, LintRun.LineOf(repo, List, "`lib/a.sh`", occurrence: 2), "warning"),
            (List, LintRun.LineOf(repo, List, "`src/fix.sh`"), "warning"));
        owned[0].Message.Should().Contain("a file Track A also owns");
        owned[1].Message.Should().Contain("implementation file (harness.yml implementation: src/**)");
    }

    [Test]
    public void HRN022_a_coder_track_that_depends_on_a_reviewer_track()
    {
        using var repo = LintRun.Repo(new FeatureListText()
            .Track(new TrackText("A", Dependencies: ["C"]))
            .Track(new TrackText("C", Owner: "reviewer-c", Owns: ["docs/review.md"])));

        var (result, findings) = LintRun.Json(repo);

        var finding = LintAssert.Single(findings, "HRN022", List, LintRun.LineOf(repo, List, "  - Track C"));
        finding.Message.Should().Contain("Track A (coder) depends on Track C (reviewer");
        LintAssert.OnlyRule(findings, "HRN022");
        result.ExitCode.Should().Be(1);
    }

    [Test]
    public void The_sample_and_a_scaffolded_repo_have_no_role_findings()
    {
        using var sample = TempRepo.Sample();
        using var scaffold = TempRepo.Git();
        scaffold.Harness("init").ExitCode.Should().Be(0);
        scaffold.Harness("new", "FEATURE-003", "--title", "Split", "--track", "A:coder-a", "--track", "B:reviewer / verifier").ExitCode.Should().Be(0);

        foreach (var repo in new[] { sample, scaffold })
        {
            var (result, findings) = LintRun.Json(repo);

            result.ExitCode.Should().Be(0, result.ToString());
            findings.Should().NotContain(f => f.RuleId == "HRN020" || f.RuleId == "HRN021" || f.RuleId == "HRN022");
        }
    }
}
