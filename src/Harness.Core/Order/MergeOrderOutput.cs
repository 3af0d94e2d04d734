using System.Text;
using System.Text.Json;
using Harness.Core.Model.Artifacts;
using Harness.Core.Model.Evidence;
using Harness.Core.Model.Findings;
using Harness.Core.Model.Schedule;
using Harness.Core.Model.Text;

namespace Harness.Core.Order;

/// <summary>Writes a <see cref="MergeSequence"/> as text, JSON, or a Mermaid flowchart to paste into a PR.</summary>
public static class MergeOrderOutput
{
    public static void Write(MergeSequence sequence, string format, TextWriter output)
    {
        switch (format)
        {
            case "json":
                output.Write(Json(sequence));
                break;
            case "mermaid":
                output.Write(Mermaid(sequence));
                break;
            default:
                output.WriteLine($"{sequence.TaskId} merge order:");
                foreach (var step in sequence.Steps)
                {
                    var tracks = step.Tracks.Count == 0 ? Detail(step.Line) : string.Join(" | ", step.Tracks.Select(Describe));
                    output.WriteLine($"{step.Number}. {step.Phase}: {tracks}");
                }
                if (sequence.Check is { } check)
                {
                    output.WriteLine(Verdict(check));
                }
                break;
        }
    }

    /// <summary>A step that cannot be read, as lint prints it: `path(line,col): error HRN025: message`.</summary>
    public static string Problem(Diagnostic problem) =>
        $"{problem.Location.File}({problem.Location.Line},{problem.Location.Column}): {problem.Severity.ToName()} {problem.RuleId}: {problem.Message}";

    public static string Verdict(MergeCheck check)
    {
        var name = $"Track {check.Track.Id}";
        if (check.MayMerge)
        {
            return check.Before.Count == 0
                ? $"{name} may merge: nothing must merge before it"
                : $"{name} may merge: {string.Join(", ", check.Before.Select(t => $"Track {t.Id}"))} finished";
        }
        return $"{name} may not merge yet: " + string.Join("; ", check.Waiting.Select(t => $"{Describe(t)} must merge first"));
    }

    private static string Describe(Track track) => $"Track {track.Id} ({track.Owner?.Unwrapped ?? "no owner"}, {track.Status?.Unwrapped ?? "no status"})";

    public static string Mermaid(MergeSequence sequence)
    {
        var text = new StringBuilder("flowchart TD\n");
        foreach (var step in sequence.Steps)
        {
            text.Append($"  subgraph s{step.Number}[\"{step.Number}. {Label(step.Phase)}\"]\n");
            if (step.Tracks.Count == 0)
            {
                text.Append($"    s{step.Number}_note[\"{Label(Detail(step.Line))}\"]\n");
            }
            foreach (var track in step.Tracks)
            {
                var title = track.Title.Length > 0 ? $": {track.Title}" : "";
                text.Append($"    s{step.Number}_{NodeId(track.Id)}[\"Track {Label(track.Id + title)}<br/>{Label(track.Owner?.Unwrapped ?? "no owner")}, {Label(track.Status?.Unwrapped ?? "no status")}\"]\n");
            }
            text.Append("  end\n");
        }
        for (var i = 1; i < sequence.Steps.Count; i++)
        {
            text.Append($"  s{i} --> s{i + 1}\n");
        }
        return text.ToString();
    }

    public static string Json(MergeSequence sequence) =>
        JsonText.Write(json =>
        {
            json.WriteStartObject();
            json.WriteString("task", sequence.TaskId);
            json.WriteStartArray("steps");
            foreach (var step in sequence.Steps)
            {
                json.WriteStartObject();
                json.WriteNumber("step", step.Number);
                json.WriteString("phase", step.Phase);
                json.WriteString("line", step.Line);
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
            json.WriteEndObject();
        });

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

    /// <summary>A Merge Order line without its "phase:" head, which the step already shows.</summary>
    private static string Detail(string line)
    {
        var colon = MergeOrderReader.HeadEnd(line);
        return colon > 0 ? line[(colon + 1)..].Trim() : line;
    }

    /// <summary>Mermaid ends a quoted label at '"' and reads backticks as Markdown; both become plain text.</summary>
    private static string Label(string text) =>
        text.Replace("\"", "#quot;", StringComparison.Ordinal).Replace("`", "", StringComparison.Ordinal);

    private static string NodeId(string id) => new(id.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_').ToArray());
}
