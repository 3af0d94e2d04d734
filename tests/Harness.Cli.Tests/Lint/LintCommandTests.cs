using Harness.Cli.Tests.Support;

namespace Harness.Cli.Tests.Lint;

public sealed class LintCommandTests
{
    [Test]
    public void The_sample_repo_has_no_finding_of_severity_error()
    {
        using var repo = TempRepo.Sample();

        var (result, findings) = LintRun.Json(repo);

        result.ExitCode.Should().Be(0, result.ToString());
        findings.Should().NotContain(f => f.Severity == "error");
    }

    [Test]
    public void A_scaffolded_repo_has_no_finding_of_severity_error()
    {
        using var repo = TempRepo.Git();
        repo.Harness("init");
        repo.Harness("new", "FEATURE-003", "--title", "Sort tickets", "--track", "A:coder-a", "--track", "B:reviewer / verifier");
        repo.Harness("new", "BUG-001", "--title", "Fix the crash", "--single-agent");

        var (result, findings) = LintRun.Json(repo);

        result.ExitCode.Should().Be(0, result.ToString());
        findings.Should().NotContain(f => f.Severity == "error");
    }

    [Test]
    public void A_folder_without_harness_artifacts_is_an_input_error_never_a_pass()
    {
        using var repo = TempRepo.Git();
        repo.Write("README.md", "# Not a harness repo\n");

        var result = repo.Harness("lint");

        result.ExitCode.Should().Be(2);
        result.Error.Should().StartWith("harness: no harness artifacts found");
        result.Output.Should().BeEmpty();
    }

    [Test]
    public void An_unknown_format_is_a_usage_error()
    {
        using var repo = LintRun.Repo(new FeatureListText().Track("A"));

        repo.Harness("lint", "--format", "xml").ExitCode.Should().Be(2);
    }

    [Test]
    public void Harness_yml_turns_a_rule_off_by_id_and_changes_a_severity_by_name()
    {
        using var repo = LintRun.Repo(new FeatureListText().Track(new TrackText("A", Status: "someday")).Track("B", "Z"));
        var before = LintRun.Json(repo).Findings;
        before.Should().Contain(f => f.RuleId == "HRN009" && f.Severity == "error");
        before.Should().Contain(f => f.RuleId == "HRN008" && f.Severity == "warning");

        repo.Write("harness.yml", "version: 1\nrules:\n  HRN009: off\n  unknown-status: error\n");
        var (result, findings) = LintRun.Json(repo);

        findings.Should().NotContain(f => f.RuleId == "HRN009");
        findings.Should().Contain(f => f.RuleId == "HRN008" && f.Severity == "error");
        result.ExitCode.Should().Be(1);
    }

    [Test]
    public void The_severity_threshold_decides_the_exit_code()
    {
        using var repo = LintRun.Repo(new FeatureListText().Track(new TrackText("A", Status: "someday")));

        repo.Harness("lint").ExitCode.Should().Be(0, "a warning is below the default threshold");
        repo.Harness("lint", "--severity-threshold", "warning").ExitCode.Should().Be(1);
        repo.Harness("lint", "--severity-threshold", "info").ExitCode.Should().Be(1);
    }
}
