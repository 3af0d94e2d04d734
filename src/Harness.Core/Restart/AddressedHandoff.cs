using Harness.Core.Model.Artifacts;
using Harness.Core.Model.State;

namespace Harness.Core.Restart;

/// <summary>One section of a handoff as the prompt quotes it: its name, the line of its heading and its text.</summary>
public sealed record HandoffPart(string Name, int Line, string Content);

/// <summary>The latest handoff addressed to the restarting track or its owner, with the parts its addressee acts on.</summary>
public sealed record HandoffQuote(string Path, string? From, string? Created, IReadOnlyList<HandoffPart> Parts);

/// <summary>
/// Finds the handoff a track's restart quotes: the latest one whose `to` names the track (`B`, `Track B`) or its
/// owner, whatever the Progress Note's time, since a note written in the same second must not hide it. Latest by
/// the time the handoff records (`created`, to the fraction of a second since `harness handoff` writes it so),
/// then by the file's name (`-2` after the first of one second).
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
        var latest = sources.Task.HandoffPaths
            .Select(path => (Path: path, Handoff: sources.Task.ReadHandoff(path)))
            .Where(h => h.Handoff?.To is { } to && IsAddressedTo(to.Unwrapped, track.Id, owner))
            .OrderByDescending(h => ArtifactTime.ParseDate(h.Handoff!.Created?.Text) ?? ArtifactTime.FromFileName(h.Path) ?? DateTimeOffset.MinValue)
            .ThenByDescending(h => h.Path, StringComparer.Ordinal)
            .FirstOrDefault();
        if (latest.Handoff is not { } handoff)
        {
            return null;
        }
        var parts = QuotedSections
            .Select(name => handoff.Section(name))
            .OfType<Model.Documents.Section>()
            .Where(s => !s.IsEmpty)
            .Select(s => new HandoffPart(s.Title, s.Location.Line, s.FullBody))
            .ToList();
        return new HandoffQuote(latest.Path, handoff.From?.Unwrapped, handoff.Created?.Unwrapped, parts);
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
