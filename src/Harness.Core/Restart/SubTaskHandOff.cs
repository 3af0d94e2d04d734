using Harness.Core.Model.Artifacts;
using Harness.Core.Model.CommandLine;
using Harness.Core.Model.Documents;
using Harness.Core.Model.State;
using Harness.Core.Model.Text;

namespace Harness.Core.Restart;

/// <summary>
/// The agent's track hands its work to a sub-task: the task, its Sub-task line as written (file and line), what the
/// sub-task has finished so far, and the restart to run instead. <see cref="Found"/> is false when no task has the
/// id, <see cref="Cycle"/> holds the circle when the sub-tasks lead back (neither is followed).
/// </summary>
public sealed record SubTaskHandOff(string TaskId, string Quote, string Path, int Line, bool Found, IReadOnlyList<string> Cycle,
    int Done, int Total, string Command)
{
    /// <summary>The hand-off of the agent's track, rolled up as status shows it; null for a track that does its own work, or no track.</summary>
    public static SubTaskHandOff? Of(TaskState state)
    {
        if (state.Track is not { SubTask: { } sub } track || state.FeatureList is not { } list)
        {
            return null;
        }
        var rolled = SubTaskTree.For(state).Of(state.Task.Id, track).SubTask!;
        // The label's line, and the value's below it when the value is nested: the field as a person wrote it; in a
        // Tracks table, the column's header and the track's cell (the whole row would quote every other field too).
        var field = track.SubTaskField!;
        var label = field.Label.Location;
        var quote = track.Form == TrackForm.TableRow
            ? $"{field.Label.Text}: {field.First!.Text}"
            : LineOf(list.Document.Source, label.Line);
        if (track.Form == TrackForm.Heading && sub.Location.Line != label.Line)
        {
            quote += " " + LineOf(list.Document.Source, sub.Location.Line);
        }
        return new SubTaskHandOff(sub.Text, MarkdownText.EscapeControl(quote), label.File, label.Line, rolled.Found,
            rolled.Cycle, rolled.Done, rolled.Total, CommandWords.Restart(sub.Text));
    }

    private static string LineOf(SourceText source, int line)
    {
        var start = source.Lines.StartOfLine(line);
        var end = source.Text.IndexOf('\n', start);
        return (end < 0 ? source.Text[start..] : source.Text[start..end]).Trim();
    }
}
