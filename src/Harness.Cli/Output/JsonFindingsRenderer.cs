using Harness.Core.Lint;
using Harness.Core.Model.Evidence;
using Harness.Core.Model.Findings;
using Harness.Core.Model.Text;

namespace Harness.Cli.Output;

/// <summary>The stable JSON shape of docs/lint-json.md (version 1), written with Utf8JsonWriter (no reflection, AOT-safe).</summary>
internal sealed class JsonFindingsRenderer : IFindingsRenderer
{
    public void Render(LintResult result, CliContext context)
    {
        context.Output.Write(JsonText.Write(writer =>
        {
            writer.WriteStartObject();
            writer.WriteNumber("version", 1);
            writer.WriteStartArray("findings");
            foreach (var finding in result.Findings)
            {
                writer.WriteStartObject();
                writer.WriteString("ruleId", finding.RuleId);
                writer.WriteString("severity", finding.Severity.ToName());
                writer.WriteString("file", finding.Location.File);
                writer.WriteNumber("line", finding.Location.Line);
                writer.WriteNumber("column", finding.Location.Column);
                writer.WriteString("message", finding.Message);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteStartObject("summary");
            writer.WriteNumber("errors", result.Count(Severity.Error));
            writer.WriteNumber("warnings", result.Count(Severity.Warning));
            writer.WriteNumber("infos", result.Count(Severity.Info));
            writer.WriteNumber("files", result.FilesChecked);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }));
    }
}
