using Harness.Cli.Tests.Support;

namespace Harness.Cli.Tests.Lint;

public sealed class OwnershipRuleTests
{
    private const string List = FeatureListText.ListPath;

    private static FeatureListText TwoTracksOwning(string path, params string[] bDependsOn) => new FeatureListText()
        .Track(new TrackText("A", Owns: ["src/a.sh", path]))
        .Track(new TrackText("B", Owns: ["src/b.sh", path], Dependencies: bDependsOn));

    [Test]
    public void HRN013_two_tracks_that_can_run_at_once_owning_one_file()
    {
        using var repo = LintRun.Repo(TwoTracksOwning("src/common.sh"));

        var (result, findings) = LintRun.Json(repo);

        var finding = LintAssert.Single(findings, "HRN013", List, LintRun.LineOf(repo, List, "`src/common.sh`", occurrence: 2));
        finding.Message.Should().Contain($"{List}:{LintRun.LineOf(repo, List, "`src/common.sh`")}");
        LintAssert.OnlyRule(findings, "HRN013");
        result.ExitCode.Should().Be(1);
    }

    [Test]
    public void HRN013_overlapping_globs_count_too()
    {
        using var repo = LintRun.Repo(new FeatureListText()
            .Track(new TrackText("A", Owns: ["src/**"]))
            .Track(new TrackText("B", Owns: ["src/b/*.sh"])));
        repo.Write("src/b/x.sh", "x");

        var (_, findings) = LintRun.Json(repo);

        LintAssert.Single(findings, "HRN013", List, LintRun.LineOf(repo, List, "`src/b/*.sh`"));
    }

    [Test]
    public void The_shared_file_rule_or_a_dependency_makes_a_shared_file_fine()
    {
        using var shared = LintRun.Repo(TwoTracksOwning("src/common.sh").Shared("`src/common.sh`: Track A goes first; Track B rebases."));
        using var ordered = LintRun.Repo(TwoTracksOwning("src/common.sh", "A"));

        LintRun.Json(shared).Findings.Should().NotContain(f => f.RuleId == "HRN013");
        LintRun.Json(ordered).Findings.Should().NotContain(f => f.RuleId == "HRN013");
    }

    [Test]
    public void HRN014_an_owned_path_that_leaves_the_repo()
    {
        using var repo = LintRun.Repo(new FeatureListText().Track(new TrackText("A", Owns: ["../elsewhere/a.sh"])));

        var (result, findings) = LintRun.Json(repo);

        LintAssert.Single(findings, "HRN014", List, LintRun.LineOf(repo, List, "../elsewhere")).Severity.Should().Be("error");
        result.ExitCode.Should().Be(1);
    }

    [Test]
    public void HRN015_an_owned_glob_that_matches_no_file_is_a_warning_once_the_track_has_started()
    {
        using var repo = LintRun.Repo(new FeatureListText()
            .Track(new TrackText("A", Status: "in-progress", Owns: ["lib/**/*.sh", "src/*.sh"]))
            .Track(new TrackText("B", Owns: ["later/**"])));
        repo.Write("src/a.sh", "echo a");

        var (result, findings) = LintRun.Json(repo);

        LintAssert.Single(findings, "HRN015", List, LintRun.LineOf(repo, List, "lib/**")).Severity.Should().Be("warning");
        LintAssert.OnlyRule(findings, "HRN015");
        result.ExitCode.Should().Be(0);
    }
}
