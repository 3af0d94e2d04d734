using System.Globalization;
using System.Text;
using System.Text.Json;
using Harness.Core.Model.Evidence;
using Harness.Core.Model.Text;

namespace Harness.Core.Status;

/// <summary>Renders `harness status` as text for people or as JSON for tools (written with Utf8JsonWriter: AOT-safe).</summary>
public static class StatusFormat
{
    public static string Text(IReadOnlyList<TaskStatusReport> reports)
    {
        var text = new StringBuilder();
        foreach (var report in reports)
        {
            if (text.Length > 0)
            {
                text.Append('\n');
            }
            text.Append(report.Feature).Append(report.LongRunning ? " (long-running)" : " (single-agent)").Append('\n');
            foreach (var track in report.Tracks)
            {
                var id = track.Id == StatusService.BriefLineId ? "brief" : $"Track {track.Id}";
                var deps = track.Dependencies.Count == 0 ? "none" : string.Join(", ", track.Dependencies);
                text.Append(CultureInfo.InvariantCulture,
                    $"  {id,-9} {track.Status ?? "-",-20} owner: {track.Owner ?? "-",-20} deps: {deps,-6} verify: {VerifyText(track.Verify)}\n");
            }
            if (report.Note is { } note)
            {
                text.Append(CultureInfo.InvariantCulture, $"  note: {note.Path} ({note.Status ?? "no status"}, updated {AgeText(note.Age)})\n");
                text.Append(CultureInfo.InvariantCulture, $"  next: {note.NextStep ?? "(no Next Step)"}\n");
            }
            else
            {
                text.Append("  note: none yet\n");
            }
        }
        return text.Length == 0 ? "no tasks yet (start one with harness new)\n" : text.ToString();
    }

    public static string Json(IReadOnlyList<TaskStatusReport> reports, bool single)
    {
        return JsonText.Write(json =>
        {
            if (single)
            {
                WriteTask(json, reports[0]);
            }
            else
            {
                json.WriteStartObject();
                json.WriteStartArray("tasks");
                foreach (var report in reports)
                {
                    WriteTask(json, report);
                }
                json.WriteEndArray();
                json.WriteEndObject();
            }
        });
    }

    private static void WriteTask(Utf8JsonWriter json, TaskStatusReport report)
    {
        json.WriteStartObject();
        json.WriteString("feature", report.Feature);
        json.WriteString("kind", report.LongRunning ? "long-running" : "single-agent");
        json.WriteStartArray("tracks");
        foreach (var track in report.Tracks)
        {
            json.WriteStartObject();
            json.WriteString("id", track.Id);
            json.WriteString("title", track.Title);
            json.WriteString("status", track.Status);
            json.WriteString("owner", track.Owner);
            JsonText.WriteStrings(json, "dependencies", track.Dependencies);
            json.WriteStartObject("verify");
            json.WriteString("state", track.Verify.State.ToName());
            json.WriteString("command", track.Verify.Command);
            json.WriteString("commit", track.Verify.Commit);
            json.WriteString("at", track.Verify.At?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
            json.WriteEndObject();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        if (report.Note is { } note)
        {
            json.WriteStartObject("note");
            json.WriteString("path", note.Path);
            json.WriteString("status", note.Status);
            json.WriteString("updated", note.Updated?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
            if (note.Age is { } age)
            {
                json.WriteNumber("ageSeconds", (long)age.TotalSeconds);
            }
            else
            {
                json.WriteNull("ageSeconds");
            }
            json.WriteString("nextStep", note.NextStep);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("note");
        }
        json.WriteEndObject();
    }

    private static string VerifyText(VerifyStatus verify)
    {
        var name = verify.State.ToName();
        if (verify.At is { } at)
        {
            var commit = verify.Commit is { Length: >= 7 } c ? c[..7] : "no commit";
            return $"{name} ({commit}, {at.UtcDateTime.ToString("yyyy-MM-dd HH:mm'Z'", CultureInfo.InvariantCulture)})";
        }
        return verify.State == VerifyState.Unknown ? $"{name} (only the note's Last Verify says so)" : name;
    }

    private static string AgeText(TimeSpan? age) => age switch
    {
        null => "at an unknown time",
        { TotalMinutes: < 1 } => "just now",
        { TotalHours: < 1 } a => $"{(int)a.TotalMinutes} min ago",
        { TotalDays: < 2 } a => $"{(int)a.TotalHours} h ago",
        { } a => $"{(int)a.TotalDays} days ago",
    };
}
