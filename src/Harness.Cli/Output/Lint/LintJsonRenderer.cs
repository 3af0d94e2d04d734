using Harness.Core.Lint;
using Harness.Core.Model.Evidence;
using Harness.Core.Model.Findings;

namespace Harness.Cli.Output.Lint;

/// <summary>The stable JSON shape of docs/lint-json.md in the envelope of docs/json.md, written with Utf8JsonWriter (no reflection, AOT-safe).</summary>
internal sealed class LintJsonRenderer : ILintRenderer
{
    public void Render(LintReport result, CliContext context)
    {
        context.Output.Write(JsonOutput.Write("lint", writer =>
        {
            FindingJson.WriteArray(writer, "findings", result.Findings);
            writer.WriteStartObject("summary");
            writer.WriteNumber("errors", result.Count(Severity.Error));
            writer.WriteNumber("warnings", result.Count(Severity.Warning));
            writer.WriteNumber("infos", result.Count(Severity.Info));
            writer.WriteNumber("files", result.FilesChecked);
            writer.WriteEndObject();
        }));
    }
}
