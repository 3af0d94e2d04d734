using System.Text.Json;
using Harness.Core.Model.Evidence;
using Harness.Core.Model.Findings;

namespace Harness.Cli.Output;

/// <summary>
/// One finding as every JSON output writes it (docs/json.md's vocabulary): `ruleId`, `severity`, `path`, `line`,
/// `column`, `message`. Lint's findings and agents' conflicts are the same kind of thing, so they read the same.
/// </summary>
internal static class FindingJson
{
    public static void WriteArray(Utf8JsonWriter json, string name, IEnumerable<Diagnostic> findings)
    {
        json.WriteStartArray(name);
        foreach (var finding in findings)
        {
            json.WriteStartObject();
            json.WriteString("ruleId", finding.RuleId);
            json.WriteString("severity", finding.Severity.ToName());
            json.WriteString("path", finding.Location.File);
            json.WriteNumber("line", finding.Location.Line);
            json.WriteNumber("column", finding.Location.Column);
            json.WriteString("message", finding.Message);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }
}
