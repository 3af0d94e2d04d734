using System.Text.Json;
using Harness.Core.Model.Text;

namespace Harness.Cli.Output;

/// <summary>
/// The one way a command prints JSON: an object whose first two properties are `schemaVersion` (the shape's
/// version, raised only when a field changes meaning or goes away) and `kind` (the command that wrote it), so a
/// tool reading any harness output can tell what it holds before it reads on (docs/json.md). Each kind's shape is
/// described by docs/schemas/&lt;kind&gt;.schema.json.
/// </summary>
internal static class JsonOutput
{
    /// <summary>
    /// Each kind's shape version. Version 2 of lint, assess, status and restart is the one vocabulary of docs/json.md:
    /// a location is `path`, a task id `task`, a verify state `verifyState`, where a track was read from `trackSource`.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, int> SchemaVersions = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["lint"] = 2,
        ["guard"] = 1,
        ["restart"] = 2,
        ["status"] = 2,
        ["assess"] = 2,
        ["order"] = 2,
        ["start"] = 1,
        ["worktree"] = 1,
        ["worktree-list"] = 1,
        ["agents"] = 1,
    };

    /// <summary>The envelope around the properties <paramref name="writeProperties"/> writes, indented, one trailing newline.</summary>
    public static string Write(string kind, Action<Utf8JsonWriter> writeProperties) =>
        JsonText.Write(json =>
        {
            json.WriteStartObject();
            json.WriteNumber("schemaVersion", SchemaVersions[kind]);
            json.WriteString("kind", kind);
            writeProperties(json);
            json.WriteEndObject();
        });
}
