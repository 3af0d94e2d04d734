using Harness.Core.Model.Artifacts;
using Harness.Core.Model.Schedule;

namespace Harness.Cli.Output.Order;

/// <summary>`harness order` for people: one line a merge step, then the verdict of --check.</summary>
internal static class OrderTextRenderer
{
    public static void Render(MergeSequence sequence, TextWriter output)
    {
        output.WriteLine($"{sequence.TaskId} merge order:");
        WriteSteps(sequence.Steps, sequence.SubTasks, "", output);
        if (sequence.Check is { } check)
        {
            output.WriteLine(Verdict(check));
        }
    }

    // A track with a sub-task merges as one unit in its step; the sub-task's own order is shown under that step.
    private static void WriteSteps(IReadOnlyList<MergeStep> steps, IReadOnlyList<SubTaskOrder> subTasks, string indent, TextWriter output)
    {
        foreach (var step in steps)
        {
            var tracks = step.Tracks.Count == 0 ? step.Detail : string.Join(" | ", step.Tracks.Select(Describe));
            output.WriteLine($"{indent}{step.Number}. {step.Phase}: {tracks}");
            foreach (var sub in subTasks.Where(s => step.Tracks.Any(t => TrackIds.Comparer.Equals(t.Id, s.TrackId))))
            {
                var inner = indent + "   ";
                output.WriteLine(sub.Problem is { } problem
                    ? $"{inner}Track {sub.TrackId} → {sub.TaskId}: {problem}"
                    : $"{inner}Track {sub.TrackId} → {sub.TaskId} merge order:");
                WriteSteps(sub.Steps, sub.SubTasks, inner, output);
            }
        }
    }

    private static string Verdict(MergeCheck check)
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
}
