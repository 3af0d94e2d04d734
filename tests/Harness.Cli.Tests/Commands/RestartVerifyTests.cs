using Harness.Cli.Tests.Support;

namespace Harness.Cli.Tests.Commands;

public sealed class RestartVerifyTests
{
    [Test]
    public void Restart_with_verify_runs_the_tracks_verify_first_and_the_prompt_carries_the_current_result()
    {
        using var repo = TempRepo.Sample();

        var result = repo.Harness("restart", "FEATURE-002", "--track", "B", "--verify");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Error.Should().Contain("checks: 5, failures: 0", "the verify command's output streams to stderr");
        result.Output.Should().NotContain("checks: 5", "stdout carries the prompt alone");
        result.Output.Should().MatchRegex(@"- Track B: `sh tests/test_audit_log.sh`: passed; pass[^\n]*\.harness/evidence/FEATURE-002/\d{8}T\d{9}Z-B\.json");
        Directory.GetFiles(repo.PathOf(".harness/evidence/FEATURE-002"), "*-B.json").Should().HaveCount(1);
    }

    [Test]
    public void Restart_without_verify_runs_nothing()
    {
        using var repo = TempRepo.Sample();

        var result = repo.Harness("restart", "FEATURE-002", "--track", "B");

        result.ExitCode.Should().Be(3, "without --verify Track B's verify stays unknown, a stop (RST007)");
        result.Error.Should().Contain("RST007");
        repo.Exists(".harness/evidence").Should().BeFalse("restart never runs a command unasked");
    }

    [Test]
    public void A_failing_verify_shows_in_the_prompt_as_failed()
    {
        using var repo = TempRepo.Sample();
        repo.Write("tests/test_audit_log.sh", "echo broken; exit 1\n");
        repo.CommitAll("break the audit log test");

        var result = repo.Harness("restart", "FEATURE-002", "--track", "B", "--verify", "--allow-incomplete");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Error.Should().Contain("broken").And.Contain("error RST007: the verify of Track B failed");
        result.Output.Should().MatchRegex(@"- Track B: `sh tests/test_audit_log.sh`: failed");
    }
}
