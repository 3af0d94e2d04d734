using Harness.Core.Model.Artifacts;
using Harness.Core.Model.Evidence;
using Harness.Core.Model.Ownership;
using Harness.Core.Model.State;

namespace Harness.Core.Restart;

/// <summary>
/// Another track in one line: id, owner, status, dependencies, verify state, and owned files (in a track's
/// prompt only those that touch the track's own, the rest being no concern of its agent).
/// </summary>
public sealed record TrackLine(string Id, string Owner, string Status, string Dependencies, string Verify, string OwnedFiles, string Path, int Line)
{
    /// <summary>What <see cref="OwnedFiles"/> says when none of a track's files touch the agent's.</summary>
    public const string NoneTouching = "none";

    public static TrackLine Of(Track track, string verify, IEnumerable<string> ownedFiles)
    {
        var files = ownedFiles.ToList();
        return new(
            track.Id,
            track.Owner?.Text ?? "(no owner)",
            track.Status?.Text ?? "(no status)",
            track.Dependencies.Count == 0 ? "none" : string.Join(", ", track.Dependencies.Select(d => d.Text)),
            verify,
            files.Count == 0 ? NoneTouching : string.Join(", ", files),
            track.Location.File,
            track.Location.Line);
    }

    /// <summary>
    /// The tracks quoted in one line each: in a track's prompt every other track, with the owned files that touch
    /// the track's own; in the planner's prompt every track, with all its owned files, when there are many.
    /// </summary>
    public static IReadOnlyList<TrackLine> Compact(TaskState state, IReadOnlyList<VerifyResult> verify)
    {
        if (state.Track is null && state.Tracks.Count <= PacketInputs.CompactAbove)
        {
            return [];
        }
        // One look-up per track: a feature of 60,000 tracks must not compare every track with every result.
        var states = new Dictionary<string, string>(TrackIds.Comparer);
        foreach (var result in verify.Where(v => v.Track is not null))
        {
            states.TryAdd(result.Track!, result.Freshness.ToName());
        }
        string VerifyOf(Track track) => states.TryGetValue(track.Id, out var name) ? name : VerifyState.None.ToName();
        if (state.Track is { } own)
        {
            var mine = own.OwnedFiles.Select(f => new GlobPattern(f.Unwrapped)).ToList();
            return state.Tracks.Where(t => !ReferenceEquals(t, own))
                .Select(t => Of(t, VerifyOf(t), t.OwnedFiles.Select(f => f.Unwrapped).Where(f => Touches(f, mine))))
                .ToList();
        }
        return state.Tracks.Select(t => Of(t, VerifyOf(t), t.OwnedFiles.Select(f => f.Unwrapped))).ToList();
    }

    private static bool Touches(string owned, IReadOnlyList<GlobPattern> mine)
    {
        var glob = new GlobPattern(owned);
        return mine.Any(m => GlobOverlap.Example(glob, m) is not null);
    }

}
