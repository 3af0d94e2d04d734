using Harness.Core.Model.Artifacts;
using Harness.Core.Model.State;

namespace Harness.Core.Restart;

/// <summary>One section of a handoff as the prompt quotes it: its name, the line of its heading and its text.</summary>
public sealed record HandoffPart(string Name, int Line, string Content);

/// <summary>The latest handoff addressed to the restarting track or its owner, with the parts its addressee acts on.</summary>
public sealed record HandoffQuote(HandoffEntry Entry, IReadOnlyList<HandoffPart> Parts);

/// <summary>
/// Finds the handoff a track's restart quotes: the latest one whose `to` names the track (`B`, `Track B`) or its
/// owner, whatever the Progress Note's time, since a note written in the same second must not hide it. Latest in
/// <see cref="HandoffOrder"/>: by the time the handoff records (`created`, to the fraction of a second since
/// `harness handoff` writes it so), then by the commit that added it, then by the file's name.
/// </summary>
public static class AddressedHandoff
{
    /// <summary>The sections quoted, in the order the addressee reads them.</summary>
    public static readonly string[] QuotedSections =
        ["Exit State", "Next Owner", "First Step", "Notes", "Concerns", "Deviations", "Findings", "Remaining Gaps"];

    public static HandoffQuote? Find(TaskState sources)
    {
        if (sources.Track is not { } track)
        {
            return null;
        }
        var owner = track.Owner?.Unwrapped.Trim();
        var addressed = sources.Task.HandoffPaths
            .Where(path => sources.Task.ReadHandoff(path)?.To is { } to && IsAddressedTo(to.Unwrapped, track.Id, owner))
            .ToList();
        if (addressed.Count == 0 || HandoffOrder.OldestFirst(sources, addressed)[^1] is not { } latest
            || sources.Task.ReadHandoff(latest) is not { } handoff)
        {
            return null;
        }
        var parts = QuotedSections
            .Select(name => handoff.Section(name))
            .OfType<Model.Documents.Section>()
            .Where(s => !s.IsEmpty)
            .Select(s => new HandoffPart(s.Title, s.Location.Line, s.FullBody))
            .ToList();
        return new HandoffQuote(HandoffEntry.Of(latest, handoff), parts);
    }

    private static bool IsAddressedTo(string to, string trackId, string? owner)
    {
        var named = to.Trim();
        if (owner is { Length: > 0 } && string.Equals(named, owner, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        return TrackIds.Comparer.Equals(TrackIds.Normalize(named), trackId);
    }
}
