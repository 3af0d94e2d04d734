using System.Text.Json;
using Harness.Cli.Tests.Support;

namespace Harness.Cli.Tests.Lint;

/// <summary>
/// The SARIF harness writes passes the SARIF 2.1.0 schema with its formats checked (what GitHub's upload applies),
/// run as a real process the way a CI workflow runs it, and carries each rule's help in the file itself.
/// </summary>
public sealed class SarifValidityTests
{
    private const string HelpBase = "https://github.com/acme/shop/blob/main/docs/harness-rules/";

    [Test]
    public void Sarif_without_a_help_base_is_valid_and_carries_the_help_text_and_no_help_uri()
    {
        using var repo = LintRun.Repo(new FeatureListText().Track(new TrackText("A", Status: "someday")).Track("B", "Z"));

        var result = HarnessRunner.RunProcess(repo.Root, "lint", "--format", "sarif");

        result.ExitCode.Should().Be(1, result.ToString());
        SarifSchema.Errors(result.Output).Should().BeEmpty();
        using var json = JsonDocument.Parse(result.Output);
        var driver = json.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver");
        driver.TryGetProperty("informationUri", out _).Should().BeFalse("no URL is known where harness.yml names none");
        var rule = Rule(driver, "HRN009");
        rule.TryGetProperty("helpUri", out _).Should().BeFalse();
        rule.GetProperty("fullDescription").GetProperty("text").GetString().Should().StartWith("A track depends on a track");
        rule.GetProperty("help").GetProperty("markdown").GetString().Should().StartWith("# HRN009 unknown-dependency").And.Contain("## Fix");
        rule.GetProperty("help").GetProperty("text").GetString().Should().Contain("Fix: ");
        foreach (var each in driver.GetProperty("rules").EnumerateArray())
        {
            each.GetProperty("help").GetProperty("markdown").GetString().Should().StartWith($"# {each.GetProperty("id").GetString()} ", "every rule has its page in the binary");
        }
    }

    [Test]
    public void Sarif_of_the_handwritten_repo_with_a_help_base_is_valid_with_absolute_help_uris()
    {
        using var repo = TempRepo.Handwritten();
        var config = File.ReadAllText(Path.Combine(repo.Root, "harness.yml"));
        repo.Write("harness.yml", config.TrimEnd() + $"\nhelpBaseUrl: {HelpBase.TrimEnd('/')}\n");

        var result = HarnessRunner.RunProcess(repo.Root, "lint", "--format", "sarif");

        result.ExitCode.Should().BeInRange(0, 1, result.ToString());
        SarifSchema.Errors(result.Output).Should().BeEmpty();
        using var json = JsonDocument.Parse(result.Output);
        var driver = json.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver");
        driver.GetProperty("informationUri").GetString().Should().Be(HelpBase, "the folder of the rule pages, with its closing slash");
        Rule(driver, "HRN018").GetProperty("helpUri").GetString().Should().Be(HelpBase + "HRN018.md");
        Rule(driver, "HRN401").GetProperty("helpUri").GetString().Should().Be(HelpBase + "HRN401.md");
    }

    [Test]
    public void The_schema_check_refuses_a_relative_help_uri_as_the_upload_does()
    {
        using var repo = LintRun.Repo(new FeatureListText().Track("A"));
        var valid = HarnessRunner.Run(repo.Root, "lint", "--format", "sarif").Output;
        using var json = JsonDocument.Parse(valid);
        var relative = valid.Replace("\"name\": \"harness\",", "\"name\": \"harness\",\n          \"informationUri\": \"docs/rules/\",", StringComparison.Ordinal);
        relative.Should().NotBe(valid, "the control edits the driver");

        SarifSchema.Errors(valid).Should().BeEmpty();
        SarifSchema.Errors(relative).Should().ContainMatch("*informationUri*");
    }

    [TestCase("docs/rules/")]
    [TestCase("ftp://example.com/rules/")]
    [TestCase("https://example.com/rules/?page=1")]
    public void A_help_base_that_is_no_absolute_web_url_is_a_finding_at_its_line(string value)
    {
        using var repo = LintRun.Repo(new FeatureListText().Track("A"));
        repo.Write("harness.yml", $"version: 1\nhelpBaseUrl: {value}\n");

        var result = repo.Harness("lint");

        result.ExitCode.Should().Be(1);
        result.Output.Should().Contain($"harness.yml(2,14): error HRN").And.Contain($"helpBaseUrl must be an absolute http or https URL").And.Contain($"not '{value}'");
        var sarif = repo.Harness("lint", "--format", "sarif").Output;
        sarif.Should().NotContain("\"helpUri\":");
        SarifSchema.Errors(sarif).Should().BeEmpty();
    }

    private static JsonElement Rule(JsonElement driver, string id) =>
        driver.GetProperty("rules").EnumerateArray().Single(r => r.GetProperty("id").GetString() == id);
}
