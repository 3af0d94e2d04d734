using Harness.Core.Artifacts;
using Harness.Core.Text;

namespace Harness.Core.Ownership;

/// <summary>
/// Who owns what in a feature list, and where two tracks that can run at the same time (they share a step of
/// the merge sequence and no dependency orders them) own the same file: the one computation behind lint's
/// overlap rule, restart's "ownership colliding" stop condition and assess's "disjoint owned files". Candidate pairs come from literal folder
/// prefixes, never from comparing every pair of tracks.
/// </summary>
public sealed class OwnershipAnalysis
{
    public OwnershipAnalysis(IReadOnlyList<Track> tracks, TrackGraph graph, IEnumerable<SharedFileEntry> sharedFiles, bool ignoreCase = false)
    {
        Graph = graph;
        var entries = new List<OwnedEntry>();
        var escaping = new List<OwnedEntry>();
        foreach (var track in tracks)
        {
            foreach (var value in track.OwnedFiles)
            {
                var entry = new OwnedEntry(track, value, new GlobPattern(value.Unwrapped, ignoreCase));
                (RepoPaths.Escapes(value.Unwrapped) ? escaping : entries).Add(entry);
            }
        }
        Entries = entries;
        Escaping = escaping;
        Shared = sharedFiles.SelectMany(s => s.Files).Select(f => new GlobPattern(f.Unwrapped, ignoreCase)).ToList();
        Index = new GlobIndex<OwnedEntry>(ignoreCase);
        foreach (var entry in entries)
        {
            Index.Add(entry.Value.Unwrapped, entry);
        }
    }

    public TrackGraph Graph { get; }

    /// <summary>Every owned path or glob that stays inside the repo.</summary>
    public IReadOnlyList<OwnedEntry> Entries { get; }

    /// <summary>Owned paths or globs that leave the repo (absolute or with ..): input errors, never matched.</summary>
    public IReadOnlyList<OwnedEntry> Escaping { get; }

    /// <summary>The files the Shared File Rule names.</summary>
    public IReadOnlyList<GlobPattern> Shared { get; }

    /// <summary>Owned globs by literal prefix, to find a path's owners fast.</summary>
    public GlobIndex<OwnedEntry> Index { get; }

    /// <summary>The owned entries that match a path.</summary>
    public IEnumerable<OwnedEntry> OwnersOf(string path) => Index.Match(path).Select(m => m.Value);

    /// <summary>True when the Shared File Rule names <paramref name="path"/>.</summary>
    public bool IsShared(string path) => Shared.Any(s => s.Matches(path) || s.LiteralPrefix == path);

    /// <summary>
    /// Overlaps between tracks that can run at the same time, unless the Shared File Rule names the file. Each
    /// pair of tracks is reported once, at its first overlapping entry. <paramref name="mayRunTogether"/> says
    /// which tracks can (the merge order's schedule); without it, any two that no dependency orders.
    /// </summary>
    public IReadOnlyList<Overlap> Overlaps(Func<Track, Track, bool>? mayRunTogether = null)
    {
        mayRunTogether ??= (a, b) => !Graph.AreOrdered(a, b);
        var byPrefix = new Dictionary<string, List<OwnedEntry>>(StringComparer.Ordinal);
        foreach (var entry in Entries)
        {
            var key = entry.Glob.LiteralPrefix;
            if (!byPrefix.TryGetValue(key, out var list))
            {
                byPrefix[key] = list = [];
            }
            list.Add(entry);
        }
        var reported = new HashSet<(string, string)>();
        var overlaps = new List<Overlap>();
        foreach (var entry in Entries)
        {
            // Entries that can share a path with this one are filed under one of its prefix's leading folders.
            foreach (var ancestor in AncestorsOf(entry.Glob.LiteralPrefix))
            {
                if (!byPrefix.TryGetValue(ancestor, out var candidates))
                {
                    continue;
                }
                foreach (var other in candidates)
                {
                    if (ReferenceEquals(other, entry) || TrackIds.Comparer.Equals(other.Track.Id, entry.Track.Id))
                    {
                        continue;
                    }
                    TryAdd(entry, other, mayRunTogether, reported, overlaps);
                }
            }
        }
        return overlaps
            .OrderBy(o => o.Second.Value.Location.Line)
            .ToList();
    }

    private void TryAdd(OwnedEntry a, OwnedEntry b, Func<Track, Track, bool> mayRunTogether, HashSet<(string, string)> reported, List<Overlap> overlaps)
    {
        var (first, second) = a.Value.Location.Line <= b.Value.Location.Line ? (a, b) : (b, a);
        var key = (first.Track.Id.ToUpperInvariant(), second.Track.Id.ToUpperInvariant());
        if (reported.Contains(key) || !mayRunTogether(first.Track, second.Track))
        {
            return;
        }
        var example = GlobOverlap.Example(first.Glob, second.Glob);
        if (example is null || IsShared(example))
        {
            return;
        }
        reported.Add(key);
        overlaps.Add(new Overlap(first, second, example));
    }

    private static IEnumerable<string> AncestorsOf(string prefix)
    {
        yield return "";
        if (prefix.Length == 0)
        {
            yield break;
        }
        var slash = -1;
        while (true)
        {
            slash = prefix.IndexOf('/', slash + 1);
            if (slash < 0)
            {
                yield return prefix;
                yield break;
            }
            yield return prefix[..slash];
        }
    }
}
