using Harness.Core.Model.Artifacts;
using Harness.Core.Model.Findings;
using Harness.Core.Model.Text;

namespace Harness.Core.Guard;

/// <summary>Writes a <see cref="GuardReport"/> as text for people, JSON for tools, or GitHub workflow commands.</summary>
public static class GuardOutput
{
    public static void Write(GuardReport report, string format, TextWriter output)
    {
        switch (format)
        {
            case "json":
                output.Write(Json(report));
                break;
            case "github":
                foreach (var v in report.Violations)
                {
                    output.WriteLine(GithubAnnotation.Line("error", report.RepoPrefix + v.Change.Path, 1, 1, v.RuleId, v.Message));
                }
                output.WriteLine(Summary(report));
                break;
            default:
                foreach (var v in report.Violations)
                {
                    output.WriteLine($"{v.Change.Path}:1:1: error {v.RuleId}: {v.Message}");
                }
                output.WriteLine(Summary(report));
                break;
        }
    }

    public static string Summary(GuardReport report)
    {
        var verdict = report.Violations.Count == 0 ? "ok" : $"{report.Violations.Count} violation(s)";
        return $"guard {report.TaskId} Track {report.Track.Id} ({report.Track.Owner}): {report.Changes.Count} changed path(s) in {report.Scope.Describe()}, {verdict}";
    }

    public static string Json(GuardReport report) =>
        JsonText.Write(json =>
        {
            json.WriteStartObject();
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
                json.WriteString("rule", v.RuleId);
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
            json.WriteEndObject();
        });
}
