using System.Text.Json;
using Harness.Cli.Tests.Support;

namespace Harness.Cli.Tests.Lint;

public sealed class LintOutputTests
{
    private static TempRepo RepoWithAWarningAndAnError()
    {
        var repo = LintRun.Repo(new FeatureListText().Track(new TrackText("A", Status: "someday")).Track("B", "Z"));
        return repo;
    }

    [Test]
    public void Text_prints_path_line_column_severity_and_rule_and_a_summary_on_stderr()
    {
        using var repo = RepoWithAWarningAndAnError();
        var line = LintRun.LineOf(repo, FeatureListText.ListPath, "- Track Z");

        var result = repo.Harness("lint");

        result.ExitCode.Should().Be(1);
        result.Output.Should().Contain($"docs/harness/feature-list.md({line},5): error HRN009: Track B depends on Track Z");
        result.Output.Should().NotContain("\u001b[", "output redirected to a writer is no terminal");
        result.Error.Should().Contain("harness lint: 1 error, 1 warning, 1 info in 3 files");
    }

    [Test]
    public void Text_has_colour_on_a_terminal_and_none_with_NO_COLOR()
    {
        using var repo = RepoWithAWarningAndAnError();
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = HarnessApp.Run(["lint"], output, error, repo.Root, outputIsTerminal: true);
        var noColour = HarnessRunner.RunProcess(repo.Root, "lint");

        exit.Should().Be(1);
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR")))
        {
            output.ToString().Should().Contain("\u001b[31merror\u001b[0m HRN009");
        }
        noColour.ExitCode.Should().Be(1, noColour.ToString());
        noColour.Output.Should().Contain("error HRN009").And.NotContain("\u001b[");
    }

    [Test]
    public void Json_has_the_documented_shape()
    {
        using var repo = RepoWithAWarningAndAnError();

        var result = repo.Harness("lint", "--format", "json");

        using var json = JsonDocument.Parse(result.Output);
        var root = json.RootElement;
        root.EnumerateObject().Select(p => p.Name).Take(2).Should().Equal("schemaVersion", "kind");
        root.GetProperty("schemaVersion").GetInt32().Should().Be(2);
        root.GetProperty("kind").GetString().Should().Be("lint");
        root.TryGetProperty("version", out _).Should().BeFalse("schemaVersion replaces lint's version field");
        var first = root.GetProperty("findings")[0];
        foreach (var name in (string[])["ruleId", "severity", "path", "line", "column", "message"])
        {
            first.TryGetProperty(name, out _).Should().BeTrue(name);
        }
        var summary = root.GetProperty("summary");
        summary.GetProperty("errors").GetInt32().Should().Be(1);
        summary.GetProperty("warnings").GetInt32().Should().Be(1);
        summary.GetProperty("infos").GetInt32().Should().Be(1);
        summary.GetProperty("files").GetInt32().Should().Be(3);
    }

    [Test]
    public void Sarif_is_2_1_0_with_rule_metadata_and_located_results()
    {
        using var repo = RepoWithAWarningAndAnError();

        var result = repo.Harness("lint", "--format", "sarif");

        result.ExitCode.Should().Be(1);
        using var json = JsonDocument.Parse(result.Output);
        var root = json.RootElement;
        root.GetProperty("version").GetString().Should().Be("2.1.0");
        root.GetProperty("$schema").GetString().Should().Contain("sarif-2.1.0");
        var run = root.GetProperty("runs")[0];
        var driver = run.GetProperty("tool").GetProperty("driver");
        driver.GetProperty("name").GetString().Should().Be("harness");
        var rules = driver.GetProperty("rules").EnumerateArray().ToList();
        rules.Select(r => r.GetProperty("id").GetString()).Should().Contain(["HRN001", "HRN009", "HRN019"]);
        var rule = rules.Single(r => r.GetProperty("id").GetString() == "HRN009");
        rule.GetProperty("name").GetString().Should().Be("unknown-dependency");
        rule.GetProperty("shortDescription").GetProperty("text").GetString().Should().NotBeEmpty();
        rule.TryGetProperty("helpUri", out _).Should().BeFalse("SARIF needs an absolute URI there, and harness.yml names no helpBaseUrl");
        rule.GetProperty("help").GetProperty("markdown").GetString().Should().StartWith("# HRN009 unknown-dependency");
        rule.GetProperty("defaultConfiguration").GetProperty("level").GetString().Should().Be("error");
        var results = run.GetProperty("results").EnumerateArray().ToList();
        results.Select(r => r.GetProperty("level").GetString()).Should().BeEquivalentTo(["error", "warning", "note"]);
        var error = results.Single(r => r.GetProperty("ruleId").GetString() == "HRN009");
        error.GetProperty("message").GetProperty("text").GetString().Should().Contain("Track Z");
        var location = error.GetProperty("locations")[0].GetProperty("physicalLocation");
        location.GetProperty("artifactLocation").GetProperty("uri").GetString().Should().Be("docs/harness/feature-list.md");
        location.GetProperty("artifactLocation").GetProperty("uriBaseId").GetString().Should().Be("%SRCROOT%");
        location.GetProperty("region").GetProperty("startLine").GetInt32().Should().Be(LintRun.LineOf(repo, FeatureListText.ListPath, "- Track Z"));
        location.GetProperty("region").GetProperty("startColumn").GetInt32().Should().Be(5);
    }

    [Test]
    public void Sarif_and_github_paths_are_relative_to_the_checkout_when_the_harness_repo_is_a_subfolder()
    {
        using var repo = TempRepo.Git();
        var list = new FeatureListText().Track("A").Track("B", "Z");
        repo.Write("sub/" + FeatureListText.ListPath, list.ToString()).Write("sub/" + FeatureListText.PlanPath, list.Plan());

        var sarif = repo.Harness("lint", "--repo", "sub", "--format", "sarif");
        var github = repo.Harness("lint", "--repo", "sub", "--format", "github");

        using var json = JsonDocument.Parse(sarif.Output);
        var result = json.RootElement.GetProperty("runs")[0].GetProperty("results")[0];
        result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString()
            .Should().Be("sub/docs/harness/feature-list.md");
        github.Output.Should().StartWith("::error file=sub/docs/harness/feature-list.md,");
    }

    [Test]
    public void Github_prints_workflow_commands_per_severity()
    {
        using var repo = RepoWithAWarningAndAnError();
        var line = LintRun.LineOf(repo, FeatureListText.ListPath, "- Track Z");

        var result = repo.Harness("lint", "--format", "github");

        var lines = result.Output.TrimEnd().Split('\n');
        lines.Should().HaveCount(3);
        lines.Should().Contain(l => l.StartsWith($"::error file=docs/harness/feature-list.md,line={line},col=5,title=HRN009::Track B depends on Track Z", StringComparison.Ordinal));
        lines.Should().Contain(l => l.StartsWith("::warning file=docs/harness/feature-list.md,", StringComparison.Ordinal));
        lines.Should().Contain(l => l.StartsWith("::notice file=tasks/FEATURE-009-progress.md,line=1,col=1,title=HRN018::", StringComparison.Ordinal));
    }

    [Test]
    public void Github_escapes_percent_newlines_and_property_separators()
    {
        Harness.Cli.Output.GithubAnnotation.Data("50% done\r\nnext: a, b").Should().Be("50%25 done%0D%0Anext: a, b");
        Harness.Cli.Output.GithubAnnotation.Property("a:b,c%\n").Should().Be("a%3Ab%2Cc%25%0A");
    }
}
