using System.Text;
using Harness.Core.Model.Schedule;

namespace Harness.Cli.Output.Order;

/// <summary>`harness order --format mermaid`: the merge sequence as a Mermaid flowchart to paste into a PR.</summary>
internal static class OrderMermaidRenderer
{
    public static void Render(MergeSequence sequence, TextWriter output) => output.Write(Mermaid(sequence));

    private static string Mermaid(MergeSequence sequence)
    {
        var text = new StringBuilder("flowchart TD\n");
        foreach (var step in sequence.Steps)
        {
            text.Append($"  subgraph s{step.Number}[\"{step.Number}. {Label(step.Phase)}\"]\n");
            if (step.Tracks.Count == 0)
            {
                text.Append($"    s{step.Number}_note[\"{Label(step.Detail)}\"]\n");
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

    /// <summary>Mermaid ends a quoted label at '"' and reads backticks as Markdown; both become plain text.</summary>
    private static string Label(string text) =>
        text.Replace("\"", "#quot;", StringComparison.Ordinal).Replace("`", "", StringComparison.Ordinal);

    private static string NodeId(string id) => new(id.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_').ToArray());
}
