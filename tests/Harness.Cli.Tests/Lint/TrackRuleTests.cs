using Harness.Cli.Tests.Support;

namespace Harness.Cli.Tests.Lint;

public sealed class TrackRuleTests
{
    private const string List = FeatureListText.ListPath;

    [Test]
    public void HRN009_a_dependency_on_a_track_that_does_not_exist()
    {
        using var repo = LintRun.Repo(new FeatureListText().Track("A").Track("B", "Z"));

        var (result, findings) = LintRun.Json(repo);

        LintAssert.Single(findings, "HRN009", List, LintRun.LineOf(repo, List, "- Track Z")).Message.Should().Contain("tracks: A, B");
        LintAssert.OnlyRule(findings, "HRN009");
        result.ExitCode.Should().Be(1);
    }

    [Test]
    public void HRN010_a_dependency_cycle_points_at_each_dependency_line_of_the_cycle()
    {
        using var repo = LintRun.Repo(new FeatureListText().Track("A", "B").Track("B", "A"));

        var (_, findings) = LintRun.Json(repo);

        var cycle = findings.Where(f => f.RuleId == "HRN010").Select(f => f.Line).Order().ToList();
        cycle.Should().Equal(LintRun.LineOf(repo, List, "- Track B"), LintRun.LineOf(repo, List, "- Track A"));
        LintAssert.OnlyRule(findings, "HRN010");
    }

    [Test]
    public void HRN011_a_done_track_whose_dependency_is_not_done()
    {
        using var repo = LintRun.Repo(new FeatureListText().Track("A").Track(new TrackText("B", Status: "done", Dependencies: ["A"])));

        var (_, findings) = LintRun.Json(repo);

        var finding = LintAssert.Single(findings, "HRN011", List, LintRun.LineOf(repo, List, "  - done"));
        finding.Message.Should().Contain($"{List}:{LintRun.LineOf(repo, List, "ready-for-coder-a")}");
        LintAssert.OnlyRule(findings, "HRN011");
    }

    [Test]
    public void HRN012_a_track_without_an_owner()
    {
        using var repo = LintRun.Repo(new FeatureListText().Track("A").Track(new TrackText("B", Owner: null)));

        var (_, findings) = LintRun.Json(repo);

        LintAssert.Single(findings, "HRN012", List, LintRun.LineOf(repo, List, "### Track B"));
    }

    [Test]
    public void HRN012_a_track_whose_owner_is_still_to_be_decided_or_that_owns_nothing()
    {
        using var repo = LintRun.Repo(new FeatureListText().Track(new TrackText("A", Owner: "TBD")).Track(new TrackText("B", Owns: [])));

        var (_, findings) = LintRun.Json(repo);

        findings.Where(f => f.RuleId == "HRN012").Select(f => f.Line).Should().Equal(
            LintRun.LineOf(repo, List, "  - TBD"), LintRun.LineOf(repo, List, "- Owned Files", occurrence: 2));
    }

    [Test]
    public void All_tracks_ready_before_work_starts_is_fine()
    {
        using var repo = LintRun.Repo(new FeatureListText().Track("A").Track("B").Track("C", "A", "B"));

        var (result, findings) = LintRun.Json(repo);

        result.ExitCode.Should().Be(0);
        findings.Where(f => f.Severity != "info").Should().BeEmpty(string.Join('\n', findings));
    }
}
