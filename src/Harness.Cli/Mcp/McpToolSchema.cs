using System.Text.Json;

namespace Harness.Cli.Mcp;

/// <summary>The JSON schema of a tool's arguments, written by hand so that nothing depends on reflection.</summary>
internal static class McpToolSchema
{
    public static JsonElement For(McpToolSpec tool)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("type", "object");
            writer.WriteStartObject("properties");
            foreach (var argument in tool.Arguments.Concat(McpToolCatalog.Paging))
            {
                writer.WriteStartObject(argument.Name);
                switch (argument.Type)
                {
                    case McpArgumentType.StringList:
                        writer.WriteString("type", "array");
                        writer.WriteStartObject("items");
                        writer.WriteString("type", "string");
                        writer.WriteEndObject();
                        break;
                    default:
                        writer.WriteString("type", argument.Type.ToString().ToLowerInvariant());
                        break;
                }
                writer.WriteString("description", argument.Description);
                writer.WriteEndObject();
            }
            writer.WriteEndObject();
            writer.WriteStartArray("required");
            foreach (var argument in tool.Arguments.Where(a => a.Required))
            {
                writer.WriteStringValue(argument.Name);
            }
            writer.WriteEndArray();
            writer.WriteBoolean("additionalProperties", false);
            writer.WriteEndObject();
        }
        using var document = JsonDocument.Parse(buffer.ToArray());
        return document.RootElement.Clone();
    }
}
