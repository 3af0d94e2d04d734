using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace Harness.Cli.Tests.Support;

/// <summary>
/// The OASIS SARIF 2.1.0 schema (Schemas/sarif-2.1.0-rtm.5.json, see Schemas/README.md), read as draft-07 since it is
/// written in draft-04, with `format` checked: the rules GitHub's code scanning upload applies to a SARIF file's shape.
/// </summary>
internal static class SarifSchema
{
    private static readonly Lazy<JsonSchema> Schema = new(Load);

    /// <summary>Every error the schema finds in <paramref name="sarif"/>, as "instance location: message"; empty when valid.</summary>
    public static IReadOnlyList<string> Errors(string sarif)
    {
        using var document = JsonDocument.Parse(sarif);
        var results = Schema.Value.Evaluate(document.RootElement, new EvaluationOptions
        {
            OutputFormat = OutputFormat.List,
            RequireFormatValidation = true,
        });
        if (results.IsValid)
        {
            return [];
        }
        return (results.Details ?? [])
            .Where(detail => detail.Errors is { Count: > 0 })
            .SelectMany(detail => detail.Errors!.Select(error => $"{detail.InstanceLocation}: {error.Key}: {error.Value}"))
            .DefaultIfEmpty("invalid (the schema gave no detail)")
            .ToList();
    }

    private static JsonSchema Load()
    {
        var text = File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "Schemas", "sarif-2.1.0-rtm.5.json"));
        var node = JsonNode.Parse(text)!.AsObject();
        node["$schema"] = "http://json-schema.org/draft-07/schema#";
        // draft-04's `id` would be `$id`; the schema's own references are all local (#/definitions/...), so it needs none.
        node.Remove("id");
        // A registry of its own: the global one refuses a second schema under the same $id.
        return JsonSchema.FromText(node.ToJsonString(), new BuildOptions { SchemaRegistry = new SchemaRegistry() });
    }
}
