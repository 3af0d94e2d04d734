using Harness.Core.Model.Artifacts;
using Harness.Core.Model.Text;

namespace Harness.Core.Model.Ownership;

/// <summary>The tracks of one task (or of one feature list no task names), as the cross-task check compares them.</summary>
/// <param name="Name">How a message names the task: its id, else the feature list's path.</param>
public sealed record TaskTracks(string Name, IReadOnlyList<Track> Tracks);

/// <summary>Two in-progress tracks of different tasks owning globs that match one path (<see cref="Example"/>).</summary>
/// <param name="First">The entry met first (by file, then line); the finding goes on <see cref="Second"/>.</param>
public sealed record CrossTaskPair(string FirstTask, OwnedEntry First, string SecondTask, OwnedEntry Second, string Example);

/// <summary>
/// Where two tracks of different tasks, both in progress, own the same file: no Merge Order or dependency orders
/// tracks of two feature lists, so two agents at work on them may change that file at once (lint's HRN028 and
/// `harness agents`). Globs are bucketed by their literal folder, and a glob meets only the globs filed under one of
/// its own leading folders (or its own), never every other glob.
/// </summary>
public static class CrossTaskOverlap
{
    public static IReadOnlyList<CrossTaskPair> Find(IEnumerable<TaskTracks> tasks)
    {
        var entries = new List<(string Task, OwnedEntry Entry)>();
        foreach (var task in tasks)
        {
            foreach (var track in task.Tracks.Where(t => t.StatusKind == TrackStatus.InProgress))
            {
                foreach (var value in track.OwnedFiles.Where(v => !RepoPaths.Escapes(v.Unwrapped)))
                {
                    entries.Add((task.Name, new OwnedEntry(track, value, new GlobPattern(value.Unwrapped))));
                }
            }
        }
        var byPrefix = entries.GroupBy(e => e.Entry.Glob.LiteralPrefix, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var pairs = new List<CrossTaskPair>();
        var seen = new HashSet<(OwnedEntry, OwnedEntry)>(ReferenceEqualityPairs.Instance);
        foreach (var (task, entry) in entries)
        {
            foreach (var prefix in Ancestors(entry.Glob.LiteralPrefix))
            {
                if (!byPrefix.TryGetValue(prefix, out var bucket))
                {
                    continue;
                }
                foreach (var (otherTask, other) in bucket)
                {
                    if (otherTask == task || !seen.Add(Ordered(entry, other)))
                    {
                        continue;
                    }
                    if (GlobOverlap.Example(entry.Glob, other.Glob) is { } example)
                    {
                        var (first, second) = Ordered(entry, other);
                        pairs.Add(ReferenceEquals(first, entry)
                            ? new CrossTaskPair(task, first, otherTask, second, example)
                            : new CrossTaskPair(otherTask, first, task, second, example));
                    }
                }
            }
        }
        return pairs.OrderBy(p => p.Second.Value.Location.File, StringComparer.Ordinal).ThenBy(p => p.Second.Value.Location.Line)
            .ThenBy(p => p.First.Value.Location.File, StringComparer.Ordinal).ThenBy(p => p.First.Value.Location.Line).ToList();
    }

    /// <summary>"", then each leading folder of <paramref name="prefix"/>, then the prefix itself.</summary>
    private static IEnumerable<string> Ancestors(string prefix)
    {
        yield return "";
        var slash = -1;
        while ((slash = prefix.IndexOf('/', slash + 1)) > 0)
        {
            yield return prefix[..slash];
        }
        if (prefix.Length > 0)
        {
            yield return prefix;
        }
    }

    private static (OwnedEntry, OwnedEntry) Ordered(OwnedEntry a, OwnedEntry b)
    {
        var (la, lb) = (a.Value.Location, b.Value.Location);
        var order = string.CompareOrdinal(la.File, lb.File);
        return order < 0 || (order == 0 && (la.Line, la.Column).CompareTo((lb.Line, lb.Column)) <= 0) ? (a, b) : (b, a);
    }

    private sealed class ReferenceEqualityPairs : IEqualityComparer<(OwnedEntry, OwnedEntry)>
    {
        public static readonly ReferenceEqualityPairs Instance = new();

        public bool Equals((OwnedEntry, OwnedEntry) x, (OwnedEntry, OwnedEntry) y) => ReferenceEquals(x.Item1, y.Item1) && ReferenceEquals(x.Item2, y.Item2);

        public int GetHashCode((OwnedEntry, OwnedEntry) pair) =>
            HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(pair.Item1), System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(pair.Item2));
    }
}
