using System.Text.Json;
using Harness.Core.Model.Text;

namespace Harness.Cli.Output;

/// <summary>
/// The one way a command prints JSON: an object whose first two properties are `schemaVersion` (the shape's
/// version, raised only when a field changes meaning or goes away) and `kind` (the command that wrote it), so a
/// tool reading any harness output can tell what it holds before it reads on (docs/json.md).
/// </summary>
internal static class JsonOutput
{
    public const int SchemaVersion = 1;

    /// <summary>The envelope around the properties <paramref name="writeProperties"/> writes, indented, one trailing newline.</summary>
    public static string Write(string kind, Action<Utf8JsonWriter> writeProperties) =>
        JsonText.Write(json =>
        {
            json.WriteStartObject();
            json.WriteNumber("schemaVersion", SchemaVersion);
            json.WriteString("kind", kind);
            writeProperties(json);
            json.WriteEndObject();
        });
}
