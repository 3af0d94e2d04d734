using System.Text.Json;

namespace Harness.Cli.Mcp;

/// <summary>The JSON schema of a tool's arguments, written with Utf8JsonWriter so that nothing depends on reflection.</summary>
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
                WriteType(writer, argument);
                writer.WriteString("description", argument.Description);
                WriteDefault(writer, argument.Default);
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

    /// <summary>The type, with the allowed values on the value itself: on the items of a list.</summary>
    private static void WriteType(Utf8JsonWriter writer, McpArgument argument)
    {
        if (argument.Type != McpArgumentType.StringList)
        {
            writer.WriteString("type", argument.Type.ToString().ToLowerInvariant());
            WriteEnum(writer, argument.AllowedValues);
            return;
        }
        writer.WriteString("type", "array");
        writer.WriteStartObject("items");
        writer.WriteString("type", "string");
        WriteEnum(writer, argument.AllowedValues);
        writer.WriteEndObject();
    }

    private static void WriteEnum(Utf8JsonWriter writer, IReadOnlyList<string> values)
    {
        if (values.Count == 0)
        {
            return;
        }
        writer.WriteStartArray("enum");
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }
        writer.WriteEndArray();
    }

    private static void WriteDefault(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case string text:
                writer.WriteString("default", text);
                break;
            case int number:
                writer.WriteNumber("default", number);
                break;
        }
    }
}
