using Harness.Core.Guard;
using Harness.Core.Model.Text;

namespace Harness.Cli.Output.Guard;

/// <summary>`harness guard --format json`: the changed paths and the violations, each under its `ruleId`.</summary>
internal static class GuardJsonRenderer
{
    public static void Render(GuardReport report, TextWriter output) =>
        output.Write(JsonOutput.Write("guard", json =>
        {
            json.WriteString("task", report.TaskId);
            json.WriteString("track", report.Track.Id);
            json.WriteString("owner", report.Track.Owner);
            json.WriteString("scope", report.Scope.Describe());
            json.WriteBoolean("ok", report.Violations.Count == 0);
            json.WriteStartArray("changed");
            foreach (var change in report.Changes)
            {
                json.WriteStartObject();
                json.WriteString("path", change.Path);
                json.WriteString("change", change.Describe());
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartArray("violations");
            foreach (var v in report.Violations)
            {
                json.WriteStartObject();
                json.WriteString("ruleId", v.RuleId);
                json.WriteString("severity", "error");
                json.WriteString("path", v.Change.Path);
                json.WriteNumber("line", 1);
                json.WriteNumber("column", 1);
                json.WriteString("change", v.Change.Describe());
                JsonText.WriteOptional(json, "owningTrack", v.OwningTrack);
                JsonText.WriteOptional(json, "owner", v.Owner);
                json.WriteString("message", v.Message);
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }));
}
