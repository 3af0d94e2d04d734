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
            json.WriteStartArray("steps");
            foreach (var step in sequence.Steps)
            {
                json.WriteStartObject();
                json.WriteNumber("step", step.Number);
                json.WriteString("phase", step.Phase);
                json.WriteString("text", step.Line);
                WriteTracks(json, "tracks", step.Tracks);
                json.WriteEndObject();
            }
            json.WriteEndArray();
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

    private static void WriteTracks(Utf8JsonWriter json, string name, IEnumerable<Track> tracks)
    {
        json.WriteStartArray(name);
        foreach (var track in tracks)
        {
            json.WriteStartObject();
            json.WriteString("id", track.Id);
            JsonText.WriteOptional(json, "owner", track.Owner?.Unwrapped);
            JsonText.WriteOptional(json, "status", track.Status?.Unwrapped);
            json.WriteBoolean("finished", track.StatusKind.IsFinished());
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }
}
