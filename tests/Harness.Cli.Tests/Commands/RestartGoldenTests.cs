using System.Text;
using System.Text.RegularExpressions;
using Harness.Cli.Tests.Support;

namespace Harness.Cli.Tests.Commands;

/// <summary>
/// The restart prompts of the sample, compared with Golden/restart/*.md after hashes and dates are
/// normalised. Set HARNESS_UPDATE_GOLDEN=1 to write them anew, then review the diff.
/// </summary>
public sealed partial class RestartGoldenTests
{
    [TestCase("FEATURE-002-planner", "FEATURE-002")]
    // The sample's track and brief verifies are unknown (Last Verify lines without a commit) and Track C waits on
    // Track B: stop conditions, which these prompts show at their top.
    [TestCase("FEATURE-002-track-b", "FEATURE-002", "--track", "B", "--allow-incomplete")]
    [TestCase("FEATURE-002-track-c-verifier", "FEATURE-002", "--track", "C", "--as", "verifier", "--allow-incomplete")]
    [TestCase("FEATURE-001-single-agent", "FEATURE-001", "--allow-incomplete")]
    public void The_sample_prompt_matches_its_golden_file(string name, params string[] args)
    {
        using var repo = TempRepo.Sample();

        var result = repo.Harness(["restart", .. args]);

        result.ExitCode.Should().Be(0, result.ToString());
        var actual = Normalize(result.Output);
        var expectedPath = Path.Combine(ProjectFiles.Root, "tests", "Harness.Cli.Tests", "Golden", "restart", $"{name}.md");
        if (Environment.GetEnvironmentVariable("HARNESS_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(expectedPath, actual, new UTF8Encoding(false));
        }
        File.Exists(expectedPath).Should().BeTrue($"{expectedPath} is missing; run with HARNESS_UPDATE_GOLDEN=1 and review it");
        actual.Should().Be(File.ReadAllText(expectedPath).ReplaceLineEndings("\n"));
    }

    private static string Normalize(string prompt) =>
        Date().Replace(Hash().Replace(prompt, "<hash>"), "<date>");

    [GeneratedRegex(@"\b[0-9a-f]{12}\b")]
    private static partial Regex Hash();

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC")]
    private static partial Regex Date();
}
