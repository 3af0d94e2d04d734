using System.Collections.Concurrent;
using System.Text.Json;

namespace Harness.Cli.Mcp;

/// <summary>
/// The outputSchema of each tool whose command prints JSON: docs/schemas/&lt;kind&gt;.schema.json, embedded in the
/// binary, so that the schema a client validates against is the one the tests hold every output to. A tool whose
/// command has no JSON output has none.
/// </summary>
internal static class McpOutputSchemas
{
    private static readonly ConcurrentDictionary<string, JsonElement?> Loaded = new(StringComparer.Ordinal);

    public static JsonElement? For(string toolName) => Loaded.GetOrAdd(toolName, Load);

    private static JsonElement? Load(string toolName)
    {
        using var stream = typeof(McpOutputSchemas).Assembly.GetManifestResourceStream($"schemas/{toolName}.schema.json");
        if (stream is null)
        {
            return null;
        }
        using var document = JsonDocument.Parse(stream);
        return document.RootElement.Clone();
    }
}
