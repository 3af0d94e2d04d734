using System.Text.Json;
using System.Text.Json.Nodes;
using Harness.Cli.Tests.Support;

namespace Harness.Cli.Tests.Schemas;

/// <summary>
/// Every JSON output, run through the command line on sample-repo and on handwritten-repo, matches the schema of its
/// kind under docs/schemas (JsonSchema.Net, format checked); errors print no JSON at all.
/// </summary>
public sealed class CommandSchemaTests
{
    private static IEnumerable<TestCaseData> Runs()
    {
        foreach (var repo in (string[])["sample", "handwritten"])
        {
            yield return Case(repo, "lint");
            yield return Case(repo, "status");
            yield return Case(repo, "status", "FEATURE-002");
            yield return Case(repo, "restart", "FEATURE-002");
            yield return Case(repo, "restart", "FEATURE-002", "--track", "B", "--allow-incomplete");
            yield return Case(repo, "assess", "FEATURE-002");
            yield return Case(repo, "order", "FEATURE-002");
            yield return Case(repo, "order", "FEATURE-002", "--check", "B");
            yield return Case(repo, "guard", "FEATURE-002", "--track", "B");
            yield return Case(repo, "start", "FEATURE-002", "--track", "B");
            yield return Case(repo, "start", "--clear");
        }
        yield return Case("sample", "restart", "FEATURE-001", "--allow-incomplete");
        yield return Case("sample", "assess", "FEATURE-001");
        yield return Case("sample", "status", "FEATURE-001");
        yield return Case("handwritten", "restart", "BUG-001", "--allow-incomplete");
        yield return Case("handwritten", "restart", "FEATURE-003", "--allow-incomplete");
        yield return Case("handwritten", "assess", "BUG-001");
        yield return Case("handwritten", "assess", "FEATURE-003");
        yield return Case("handwritten", "status", "FEATURE-003");
    }

    private static TestCaseData Case(string repo, params string[] args) =>
        new TestCaseData(repo, args).SetArgDisplayNames(repo, string.Join(' ', args));

    [TestCaseSource(nameof(Runs))]
    public void The_output_matches_the_schema_of_its_kind(string which, string[] args)
    {
        using var repo = which == "sample" ? TempRepo.Sample() : TempRepo.Handwritten();

        var result = repo.Harness([.. args, "--format", "json"]);

        result.ExitCode.Should().NotBe(2, result.ToString());
        AssertValid(result, args[0]);
    }

    [Test]
    public void Guard_with_violations_and_changes_matches_its_schema()
    {
        using var repo = TempRepo.Sample();
        repo.Write("src/support_hub/assignee_filter.sh", "# changed\n").Write("src/support_hub/audit_log.sh", "# changed\n");

        var result = repo.Harness("guard", "FEATURE-002", "--track", "B", "--format", "json");

        result.ExitCode.Should().Be(1, result.ToString());
        AssertValid(result, "guard");
    }

    [Test]
    public void The_json_shortcut_prints_the_same_shape()
    {
        using var repo = TempRepo.Sample();

        AssertValid(repo.Harness("status", "--json"), "status");
        AssertValid(repo.Harness("lint", "--json"), "lint");
    }

    [Test]
    public void Empty_shapes_match_their_schemas()
    {
        using var repo = TempRepo.Sample();
        foreach (var file in Directory.GetFiles(repo.PathOf("tasks")))
        {
            File.Delete(file);
        }
        File.Delete(repo.PathOf("docs/harness/feature-list.md"));

        var status = repo.Harness("status", "--format", "json");
        var lint = repo.Harness("lint", "--format", "json");

        AssertValid(status, "status");
        JsonNode.Parse(status.Output)!["tasks"]!.AsArray().Should().BeEmpty();
        AssertValid(lint, "lint");
    }

    [TestCase("status", "NOPE-999")]
    [TestCase("restart", "NOPE-999")]
    [TestCase("assess", "NOPE-999")]
    [TestCase("order", "NOPE-999")]
    [TestCase("guard", "NOPE-999", "--track", "B")]
    [TestCase("start", "NOPE-999")]
    public void An_error_prints_no_json_and_one_line_on_stderr(params string[] args)
    {
        using var repo = TempRepo.Sample();

        var result = repo.Harness([.. args, "--format", "json"]);

        result.ExitCode.Should().Be(2, result.ToString());
        result.Output.Should().BeEmpty();
        result.Error.TrimEnd('\n').Should().NotContain("\n").And.NotBeEmpty();
    }

    [Test]
    public void Every_kind_harness_prints_has_a_schema()
    {
        CommandSchemas.Kinds.Should().BeEquivalentTo(Output.JsonOutput.SchemaVersions.Keys);
        foreach (var (kind, version) in Output.JsonOutput.SchemaVersions)
        {
            using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "DocsSchemas", kind + ".schema.json")));
            var properties = document.RootElement.GetProperty("properties");
            properties.GetProperty("schemaVersion").GetProperty("const").GetInt32().Should().Be(version, kind);
            properties.GetProperty("kind").GetProperty("const").GetString().Should().Be(kind);
            document.RootElement.GetProperty("type").GetString().Should().Be("object", "MCP wants an object at an outputSchema's root");
        }
    }

    [Test]
    public void A_schema_catches_a_wrong_key_a_wrong_type_and_an_unknown_value()
    {
        using var repo = TempRepo.Sample();
        var output = JsonNode.Parse(repo.Harness("status", "FEATURE-002", "--format", "json").Output)!.AsObject();
        CommandSchemas.Errors(output.ToJsonString()).Should().BeEmpty();

        var renamed = output.DeepClone().AsObject();
        renamed["feature"] = renamed["task"]!.DeepClone();
        renamed.Remove("task");
        var wrongType = output.DeepClone().AsObject();
        wrongType["tracks"]![0]!["dependencies"] = "none";
        var unknownState = output.DeepClone().AsObject();
        unknownState["tracks"]![0]!["verify"]!["verifyState"] = "fresh";

        CommandSchemas.Errors(renamed.ToJsonString()).Should().NotBeEmpty("the old key `feature` is no key of version 2");
        CommandSchemas.Errors(wrongType.ToJsonString()).Should().NotBeEmpty();
        CommandSchemas.Errors(unknownState.ToJsonString()).Should().NotBeEmpty();
    }

    private static void AssertValid(CliResult result, string kind)
    {
        using var document = JsonDocument.Parse(result.Output);
        document.RootElement.GetProperty("kind").GetString().Should().Be(kind);
        CommandSchemas.Errors(result.Output).Should().BeEmpty(result.ToString());
    }
}
