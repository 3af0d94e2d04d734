using Harness.Core.Model.Artifacts;
using Harness.Core.Model.Findings;
using Harness.Core.Model.Ownership;

namespace Harness.Core.Guard;

/// <summary>A track as guard sees it: its id, owner and owned globs (feature list and plan together).</summary>
public sealed record GuardTrack(string Id, string Owner, IReadOnlyList<string> OwnedGlobs);

/// <summary>A Shared File Rule line: its files and the track that goes first (null when the line names none).</summary>
public sealed record SharedFiles(IReadOnlyList<string> Globs, string? FirstTrack);

/// <summary>A sync window: files a track may change for now although it does not own them or go first.</summary>
public sealed record SyncWindow(IReadOnlyList<string> Globs, string Track);

/// <summary>
/// Decides, path by path, whether a track may change a file: free files always; a sync window's files for
/// its track; a shared file only for the track that goes first; otherwise only files the track owns. Every
/// lookup goes through a <see cref="GlobIndex{T}"/>, so a path costs its depth, not the number of globs.
/// </summary>
public sealed class OwnershipPolicy
{
    private readonly Dictionary<string, GuardTrack> _tracks = new(TrackIds.Comparer);
    private readonly Dictionary<string, int> _rank = new(TrackIds.Comparer);
    // One index for every kind of glob, so a path is looked up once, not once a kind.
    private readonly GlobIndex<Rule> _rules;

    /// <param name="tracks">Tracks in the order they go (merge order and dependencies): a shared file that no
    /// line gives to a track goes to the earliest of its owners.</param>
    public OwnershipPolicy(IReadOnlyList<GuardTrack> tracks, IEnumerable<string> freeGlobs, IEnumerable<SharedFiles> shared,
        IEnumerable<SyncWindow> windows, bool ignoreCase)
    {
        _rules = new GlobIndex<Rule>(ignoreCase);
        foreach (var track in tracks)
        {
            _tracks.TryAdd(track.Id, track);
            _rank.TryAdd(track.Id, _rank.Count);
            foreach (var glob in track.OwnedGlobs)
            {
                _rules.Add(glob, new Rule(RuleKind.Owned, track, null, null));
            }
        }
        foreach (var glob in freeGlobs)
        {
            _rules.Add(glob, new Rule(RuleKind.Free, null, null, null));
        }
        foreach (var line in shared)
        {
            foreach (var glob in line.Globs)
            {
                _rules.Add(glob, new Rule(RuleKind.Shared, null, line, null));
            }
        }
        foreach (var window in windows)
        {
            foreach (var glob in window.Globs)
            {
                _rules.Add(glob, new Rule(RuleKind.Window, null, null, window.Track));
            }
        }
    }

    public GuardTrack? Find(string trackId) => _tracks.GetValueOrDefault(trackId);

    /// <summary>The violation when <paramref name="track"/> changes <paramref name="change"/>, or null when it may.</summary>
    public GuardViolation? Judge(GuardTrack track, ChangedPath change)
    {
        var path = change.Path;
        var owners = new List<GuardTrack>();
        SharedFiles? shared = null;
        foreach (var (_, rule) in _rules.Match(path))
        {
            switch (rule.Kind)
            {
                case RuleKind.Free:
                    return null;
                case RuleKind.Window when TrackIds.Comparer.Equals(rule.WindowTrack, track.Id):
                    return null;
                case RuleKind.Shared:
                    shared ??= rule.Shared;
                    break;
                case RuleKind.Owned:
                    owners.Add(rule.Track!);
                    break;
            }
        }
        if (shared is not null)
        {
            var first = shared.FirstTrack ?? owners.OrderBy(o => _rank.GetValueOrDefault(o.Id, int.MaxValue)).FirstOrDefault()?.Id;
            if (first is not null && TrackIds.Comparer.Equals(first, track.Id))
            {
                return null;
            }
            var firstTrack = first is null ? null : Find(first);
            return new GuardViolation(RuleIds.SharedOutOfTurn, change, firstTrack?.Id ?? first, firstTrack?.Owner,
                $"{path} ({change.Describe()}) is a shared file: the Shared File Rule gives it to " +
                (first is null ? "no track" : $"Track {first} first") + $", and no sync window is open for Track {track.Id}");
        }
        if (owners.Exists(o => TrackIds.Comparer.Equals(o.Id, track.Id)))
        {
            return null;
        }
        if (owners.Count > 0)
        {
            var owner = owners[0];
            return new GuardViolation(RuleIds.OtherTracksFile, change, owner.Id, owner.Owner,
                $"{path} ({change.Describe()}) is owned by Track {owner.Id} ({owner.Owner}), not Track {track.Id}");
        }
        return new GuardViolation(RuleIds.UnownedFile, change, null, null,
            $"{path} ({change.Describe()}) is owned by no track and not listed in harness.yml free:");
    }

    /// <summary>Every violation of <paramref name="track"/> among <paramref name="changes"/>, in path order.</summary>
    public IReadOnlyList<GuardViolation> Check(GuardTrack track, IEnumerable<ChangedPath> changes) =>
        changes.Select(c => Judge(track, c)).OfType<GuardViolation>().OrderBy(v => v.Change.Path, StringComparer.Ordinal).ToList();

    private enum RuleKind
    {
        Owned,
        Free,
        Shared,
        Window,
    }

    private sealed record Rule(RuleKind Kind, GuardTrack? Track, SharedFiles? Shared, string? WindowTrack);
}

/// <summary>One changed path a track may not change: the rule, and the track (and owner) it belongs to, if any.</summary>
public sealed record GuardViolation(string RuleId, ChangedPath Change, string? OwningTrack, string? Owner, string Message);
