using System.Collections.Concurrent;
using System.Text.Json;
using Json.Schema;

namespace Harness.Cli.Tests.Support;

/// <summary>
/// The JSON Schemas of docs/schemas (copied beside the tests), one per output kind, and the errors one finds in an
/// output: the checks a script reading harness's JSON can rely on.
/// </summary>
internal static class CommandSchemas
{
    private static readonly ConcurrentDictionary<string, JsonSchema> Loaded = new(StringComparer.Ordinal);

    public static IReadOnlyList<string> Kinds { get; } =
        [.. Directory.GetFiles(Folder, "*.schema.json").Select(f => Path.GetFileName(f)[..^".schema.json".Length]).Order(StringComparer.Ordinal)];

    private static string Folder => Path.Combine(AppContext.BaseDirectory, "DocsSchemas");

    public static JsonSchema Of(string kind) => Loaded.GetOrAdd(kind, k =>
        // A registry of each schema's own: none has an $id, and the global one would hold them for the whole run.
        JsonSchema.FromText(File.ReadAllText(Path.Combine(Folder, k + ".schema.json")), new BuildOptions { SchemaRegistry = new SchemaRegistry() }));

    /// <summary>Every error <paramref name="schema"/> finds in <paramref name="instance"/>, as "location: keyword: message"; empty when valid.</summary>
    public static IReadOnlyList<string> Errors(JsonSchema schema, JsonElement instance)
    {
        var results = schema.Evaluate(instance, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
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

    /// <summary>The errors of a command's JSON output against the schema its `kind` names.</summary>
    public static IReadOnlyList<string> Errors(string output)
    {
        using var document = JsonDocument.Parse(output);
        var kind = document.RootElement.GetProperty("kind").GetString()!;
        return Errors(Of(kind), document.RootElement);
    }
}
