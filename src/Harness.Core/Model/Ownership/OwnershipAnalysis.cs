using Harness.Core.Model.Artifacts;
using Harness.Core.Model.Schedule;
using Harness.Core.Model.Text;

namespace Harness.Core.Model.Ownership;

/// <summary>
/// Who owns what in a feature list, and where two tracks that can run at the same time (they share a step of
/// the merge sequence and no dependency orders them) own the same file: the one computation behind lint's
/// overlap rule, restart's "ownership colliding" stop condition and assess's "disjoint owned files". Candidate pairs come from an
/// index of the globs (literal folders and a literal every match holds), never from comparing every pair of tracks.
/// </summary>
public sealed class OwnershipAnalysis
{
    private readonly bool _ignoreCase;

    public OwnershipAnalysis(IReadOnlyList<Track> tracks, TrackGraph graph, IEnumerable<SharedFileEntry> sharedFiles, bool ignoreCase = false)
    {
        Graph = graph;
        _ignoreCase = ignoreCase;
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

    /// <summary>How many overlaps <see cref="FindOverlaps"/> lists; the rest are counted.</summary>
    public const int ListedOverlapLimit = 100;

    /// <summary>
    /// The work one overlap search may do (candidate matches, index look-ups, and <see cref="LinkWork"/> an
    /// overlapping pair found): ordinary repos need a few units an owned entry, 100,000 tracks each owning
    /// `**/*N*` (1.16 million overlapping pairs) about 50 million; 100,000 tracks each owning `**/*.sh` (every
    /// pair overlaps) would need 10^11 and stop here instead, after about 20 entries.
    /// </summary>
    public const long WorkBudget = 80_000_000;

    /// <summary>What one overlapping pair found costs in the budget: it is kept, and checked against the schedule and the Shared File Rule.</summary>
    private const long LinkWork = 32;

    /// <summary>
    /// Overlaps between tracks that can run at the same time, unless the Shared File Rule names the file, at most
    /// <see cref="ListedOverlapLimit"/> of them (by line). Use <see cref="FindOverlaps"/> for the count and for
    /// whether the search ran to its end.
    /// </summary>
    public IReadOnlyList<Overlap> Overlaps(Func<Track, Track, bool>? mayRunTogether = null) => FindOverlaps(mayRunTogether).Listed;

    /// <summary>
    /// Overlaps between tracks that can run at the same time, unless the Shared File Rule names the file. Each
    /// pair of tracks is reported once, at its first overlapping entry. <paramref name="mayRunTogether"/> says
    /// which tracks can (the merge order's schedule); without it, any two that no dependency orders.
    /// Two globs overlap when one matches a sample path of the other (<see cref="GlobOverlap"/>); the samples'
    /// matches are looked up in a <see cref="GlobCandidateIndex"/>, so the cost follows the overlaps found, not
    /// the number of pairs of entries, and <paramref name="budget"/> bounds it when nearly every pair overlaps.
    /// </summary>
    public OverlapReport FindOverlaps(Func<Track, Track, bool>? mayRunTogether = null, int listLimit = ListedOverlapLimit, long budget = WorkBudget)
    {
        mayRunTogether ??= (a, b) => !Graph.AreOrdered(a, b);
        var count = Entries.Count;
        var trackKeys = new int[count];
        var keyOf = new Dictionary<string, int>(TrackIds.Comparer);
        var index = new GlobCandidateIndex(_ignoreCase);
        for (var i = 0; i < count; i++)
        {
            var id = Entries[i].Track.Id;
            if (!keyOf.TryGetValue(id, out var key))
            {
                key = keyOf.Count;
                keyOf[id] = key;
            }
            trackKeys[i] = key;
            index.Add(Entries[i].Glob, i);
        }
        var samples = new Sample[count][];
        for (var i = 0; i < count; i++)
        {
            samples[i] = GlobOverlap.Samples(Entries[i].Glob).Distinct(StringComparer.Ordinal)
                .Select(text => new Sample(text, text.Split('/', StringSplitOptions.RemoveEmptyEntries))).ToArray();
        }
        var (partners, stoppedAt, work) = FindPartners(index, trackKeys, samples, budget);
        var search = new OverlapCollector(this, trackKeys, samples, mayRunTogether, listLimit);
        for (var i = 0; i < count; i++)
        {
            if (partners[i] is not { } found)
            {
                continue;
            }
            // The order of the search by folders this replaces: shallower prefixes first, then the order of the
            // list; which entry of a pair of tracks is reported depends on it.
            var prefix = Entries[i].Glob.LiteralPrefix;
            found.Sort((x, y) =>
            {
                var byDepth = Entries[x].Glob.LiteralPrefix.Length.CompareTo(Entries[y].Glob.LiteralPrefix.Length);
                return byDepth != 0 ? byDepth : x.CompareTo(y);
            });
            var previous = -1;
            foreach (var j in found)
            {
                if (j != previous && IsAncestorOrSelf(Entries[j].Glob.LiteralPrefix, prefix))
                {
                    search.TryAdd(i, j);
                }
                previous = j;
            }
        }
        return search.Report(stoppedAt is int at ? Entries[at] : null, work);
    }

    /// <summary>
    /// For each entry, the entries of other tracks that share a sample path with it, found from both sides; null
    /// for an entry with none. Stops at the entry where the work passes <paramref name="budget"/>.
    /// </summary>
    private (List<int>?[] Partners, int? StoppedAt, long Work) FindPartners(GlobCandidateIndex index, int[] trackKeys, Sample[][] samples, long budget)
    {
        var partners = new List<int>?[Entries.Count];
        var candidates = new List<int>();
        // The entry that last linked each entry: one link a pair from this side, however many samples match.
        var linkedBy = new int[Entries.Count];
        Array.Fill(linkedBy, -1);
        long work = 0;
        for (var i = 0; i < Entries.Count; i++)
        {
            var glob = Entries[i].Glob;
            foreach (var (_, segments) in samples[i])
            {
                index.Candidates(segments, candidates);
                foreach (var j in candidates)
                {
                    if (j == i || trackKeys[j] == trackKeys[i] || !Comparable(glob, Entries[j].Glob))
                    {
                        continue;
                    }
                    work++;
                    if (linkedBy[j] != i && Entries[j].Glob.Matches(segments))
                    {
                        linkedBy[j] = i;
                        (partners[i] ??= []).Add(j);
                        (partners[j] ??= []).Add(i);
                        work += LinkWork;
                    }
                }
                if (work + index.Lookups > budget)
                {
                    return (partners, i, work + index.Lookups);
                }
            }
        }
        return (partners, null, work + index.Lookups);
    }

    /// <summary>Two entries are compared only when one's literal folders lead to the other's (as the search by folders always did).</summary>
    private static bool Comparable(GlobPattern a, GlobPattern b) =>
        IsAncestorOrSelf(a.LiteralPrefix, b.LiteralPrefix) || IsAncestorOrSelf(b.LiteralPrefix, a.LiteralPrefix);

    private static bool IsAncestorOrSelf(string ancestor, string prefix) =>
        ancestor.Length == 0 || string.Equals(ancestor, prefix, StringComparison.Ordinal)
        || (prefix.Length > ancestor.Length && prefix[ancestor.Length] == '/' && prefix.StartsWith(ancestor, StringComparison.Ordinal));

    /// <summary>Keeps the first overlap of each ordered pair of tracks, counts them all and holds the first few by line.</summary>
    private sealed class OverlapCollector(OwnershipAnalysis analysis, int[] trackKeys, Sample[][] samples, Func<Track, Track, bool> mayRunTogether, int listLimit)
    {
        private readonly HashSet<long> _reported = [];
        // The latest (line, order found) on top, so the heap keeps the earliest listLimit + 1.
        private readonly PriorityQueue<Overlap, (int Line, long Order)> _earliest =
            new(Comparer<(int Line, long Order)>.Create((x, y) => y.CompareTo(x)));
        private long _found;

        public void TryAdd(int i, int j)
        {
            var entries = analysis.Entries;
            var (first, second) = entries[i].Value.Location.Line <= entries[j].Value.Location.Line ? (i, j) : (j, i);
            var key = ((long)trackKeys[first] << 32) | (uint)trackKeys[second];
            if (_reported.Contains(key) || !mayRunTogether(entries[first].Track, entries[second].Track))
            {
                return;
            }
            var example = Example(first, second) ?? Example(second, first);
            if (example is null || analysis.IsShared(example))
            {
                return;
            }
            _reported.Add(key);
            _earliest.Enqueue(new Overlap(entries[first], entries[second], example), (entries[second].Value.Location.Line, _found++));
            if (_earliest.Count > (long)listLimit + 1)
            {
                _earliest.Dequeue();
            }
        }

        /// <summary><see cref="GlobOverlap.Example"/> on samples made once an entry: a sample of one that the other matches.</summary>
        private string? Example(int of, int matchedBy)
        {
            foreach (var (text, segments) in samples[of])
            {
                if (analysis.Entries[matchedBy].Glob.Matches(segments))
                {
                    return text;
                }
            }
            return null;
        }

        public OverlapReport Report(OwnedEntry? stoppedAt, long work)
        {
            var kept = new List<(Overlap Overlap, (int Line, long Order) Priority)>();
            while (_earliest.TryDequeue(out var overlap, out var priority))
            {
                kept.Add((overlap, priority));
            }
            kept.Reverse();
            var listed = kept.Take(listLimit).Select(k => k.Overlap).ToList();
            var firstUnlisted = kept.Count > listLimit ? kept[listLimit].Overlap : null;
            return new OverlapReport(listed, _found, firstUnlisted, stoppedAt, work);
        }
    }
}

/// <summary>A sample path of a glob, with its segments split once.</summary>
internal readonly record struct Sample(string Text, string[] Segments);

/// <summary>
/// What an overlap search found: the first overlaps by line, how many there are in all, the first of those not
/// listed, and the entry where the search stopped when it ran out of budget (null when it ran to its end).
/// </summary>
public sealed record OverlapReport(IReadOnlyList<Overlap> Listed, long Total, Overlap? FirstUnlisted, OwnedEntry? StoppedAt, long Work)
{
    public bool Complete => StoppedAt is null;
}
