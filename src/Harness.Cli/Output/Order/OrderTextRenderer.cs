using Harness.Core.Model.Artifacts;
using Harness.Core.Model.Schedule;

namespace Harness.Cli.Output.Order;

/// <summary>`harness order` for people: one line a merge step, then the verdict of --check.</summary>
internal static class OrderTextRenderer
{
    public static void Render(MergeSequence sequence, TextWriter output)
    {
        output.WriteLine($"{sequence.TaskId} merge order:");
        foreach (var step in sequence.Steps)
        {
            var tracks = step.Tracks.Count == 0 ? step.Detail : string.Join(" | ", step.Tracks.Select(Describe));
            output.WriteLine($"{step.Number}. {step.Phase}: {tracks}");
        }
        if (sequence.Check is { } check)
        {
            output.WriteLine(Verdict(check));
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
