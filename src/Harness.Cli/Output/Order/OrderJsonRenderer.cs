using System.Text.Json;
using Harness.Core.Model.Artifacts;
using Harness.Core.Model.Schedule;
using Harness.Core.Model.Text;

namespace Harness.Cli.Output.Order;

/// <summary>`harness order --format json`: the merge steps with their tracks, and the verdict of --check.</summary>
internal static class OrderJsonRenderer
{
    public static void Render(MergeSequence sequence, TextWriter output) =>
        output.Write(JsonOutput.Write("order", json =>
        {
            json.WriteString("task", sequence.TaskId);
            WriteSteps(json, sequence.Steps, sequence.SubTasks);
            if (sequence.Check is { } check)
            {
                json.WriteStartObject("check");
                json.WriteString("track", check.Track.Id);
                json.WriteBoolean("mayMerge", check.MayMerge);
                WriteTracks(json, "before", check.Before);
                WriteTracks(json, "waitingFor", check.Waiting);
                json.WriteEndObject();
            }
        }));

    private static void WriteSteps(Utf8JsonWriter json, IReadOnlyList<MergeStep> steps, IReadOnlyList<SubTaskOrder> subTasks)
    {
        json.WriteStartArray("steps");
        foreach (var step in steps)
        {
            json.WriteStartObject();
            json.WriteNumber("step", step.Number);
            json.WriteString("phase", step.Phase);
            json.WriteString("text", step.Line);
            WriteTracks(json, "tracks", step.Tracks, subTasks);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void WriteTracks(Utf8JsonWriter json, string name, IEnumerable<Track> tracks, IReadOnlyList<SubTaskOrder>? subTasks = null)
    {
        json.WriteStartArray(name);
        foreach (var track in tracks)
        {
            json.WriteStartObject();
            json.WriteString("id", track.Id);
            JsonText.WriteOptional(json, "owner", track.Owner?.Unwrapped);
            JsonText.WriteOptional(json, "status", track.Status?.Unwrapped);
            json.WriteBoolean("finished", track.StatusKind.IsFinished());
            // Only on a track with a sub-task: its own merge order, nested (a track without one keeps its fields).
            if (subTasks?.FirstOrDefault(s => TrackIds.Comparer.Equals(s.TrackId, track.Id)) is { } sub)
            {
                json.WriteStartObject("subTask");
                json.WriteString("task", sub.TaskId);
                json.WriteString("problem", sub.Problem);
                WriteSteps(json, sub.Steps, sub.SubTasks);
                json.WriteEndObject();
            }
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }
}
