using System.Diagnostics;
using System.Text;
using Harness.Cli.Tests.Support;

namespace Harness.Cli.Tests.Robustness;

/// <summary>
/// Inputs whose cost grows faster than their size unless the code is linear: each runs as a real process and
/// must answer well inside the bound that a quadratic reading passes (a hang guard, not a benchmark).
/// </summary>
public sealed class HostileScaleTests
{
    [Test]
    public void A_line_of_backtick_runs_of_every_length_is_read_in_linear_time()
    {
        using var repo = TempRepo.Sample();
        var line = new StringBuilder("  - ");
        for (var length = 1; line.Length < 15_000_000; length++)
        {
            line.Append('`', length).Append(' ');
        }
        repo.Edit(HostileRepos.FeatureList, "  - `src/support_hub/audit_log.sh`", line.ToString());

        var watch = Stopwatch.StartNew();
        var result = HarnessRunner.RunProcess(repo.Root, ["lint", "--format", "json"]);
        watch.Stop();

        result.ExitCode.Should().BeInRange(0, 2, result.ToString());
        result.Error.Should().NotContain("   at ");
        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(20), "a quadratic scan of a 15 MB line takes more than 30 s");
    }
}
