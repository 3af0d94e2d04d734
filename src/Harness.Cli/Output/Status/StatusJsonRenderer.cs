using System.Globalization;
using System.Text.Json;
using Harness.Core.Model.Evidence;
using Harness.Core.Model.Text;
using Harness.Core.Model.State;
using Harness.Core.Model.Workspaces;
using Harness.Core.Status;

namespace Harness.Cli.Output.Status;

/// <summary>`harness status --format json`: every task under `tasks`, or one task's properties (written with Utf8JsonWriter: AOT-safe).</summary>
internal static class StatusJsonRenderer
{
    /// <param name="archived">The archived tasks to list (with --all), written as `archived`; null leaves it out.</param>
    public static void Render(IReadOnlyList<TaskStatusReport> reports, bool single, IReadOnlyList<ArchivedTask>? archived, TextWriter output) =>
        output.Write(JsonOutput.Write("status", json =>
        {
            if (single)
            {
                WriteTaskProperties(json, reports[0]);
                return;
            }
            json.WriteStartArray("tasks");
            foreach (var report in reports)
            {
                json.WriteStartObject();
                WriteTaskProperties(json, report);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            if (archived is not null)
            {
                json.WriteStartArray("archived");
                foreach (var task in archived)
                {
                    json.WriteStartObject();
                    json.WriteString("task", task.Id);
                    json.WriteString("path", task.Folder);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
            }
        }));

    private static void WriteTaskProperties(Utf8JsonWriter json, TaskStatusReport report)
    {
        json.WriteString("task", report.Feature);
        json.WriteString("taskKind", report.LongRunning ? "long-running" : "single-agent");
        json.WriteStartArray("tracks");
        foreach (var track in report.Tracks)
        {
            WriteTrack(json, track);
        }
        json.WriteEndArray();
        WriteNote(json, report.Note);
    }

    private static void WriteTrack(Utf8JsonWriter json, TrackStatusLine track)
    {
        json.WriteStartObject();
        json.WriteString("id", track.Id);
        json.WriteString("title", track.Title);
        json.WriteString("status", track.Status);
        json.WriteString("owner", track.Owner);
        JsonText.WriteStrings(json, "dependencies", track.Dependencies);
        json.WriteStartObject("verify");
        json.WriteString("verifyState", track.Verify.State.ToName());
        json.WriteString("command", track.Verify.Command);
        json.WriteString("commit", track.Verify.Commit);
        json.WriteString("at", track.Verify.At?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        json.WriteEndObject();
        if (track.SubTask is { } sub)
        {
            WriteSubTask(json, sub);
        }
        json.WriteEndObject();
    }

    // Only on a track that names a sub-task: a track without one keeps the fields it always had.
    private static void WriteSubTask(Utf8JsonWriter json, SubTaskStatus sub)
    {
        json.WriteStartObject("subTask");
        json.WriteString("id", sub.Id);
        json.WriteBoolean("found", sub.Found);
        json.WriteString("status", sub.Status);
        json.WriteString("verifyState", sub.Verify.ToName());
        json.WriteNumber("done", sub.Done);
        json.WriteNumber("total", sub.Total);
        json.WriteString("file", sub.File);
        json.WriteNumber("line", sub.Line);
        if (sub.Cycle.Count > 0)
        {
            JsonText.WriteStrings(json, "cycle", sub.Cycle);
        }
        else
        {
            json.WriteNull("cycle");
        }
        json.WriteStartArray("tracks");
        foreach (var line in sub.Tracks)
        {
            WriteTrack(json, line);
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteNote(Utf8JsonWriter json, NoteStatus? value)
    {
        if (value is { } note)
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
    }
}
