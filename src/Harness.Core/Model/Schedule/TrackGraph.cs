using Harness.Core.Model.Artifacts;
using Harness.Core.Model.Documents;

namespace Harness.Core.Model.Schedule;

/// <summary>
/// The dependency graph of a feature list's tracks. Every walk uses an explicit stack or queue, so a chain of
/// 60,000 tracks costs time, never the call stack.
/// </summary>
public sealed class TrackGraph
{
    private readonly Dictionary<string, int> _index = new(TrackIds.Comparer);
    private readonly List<int>[] _dependsOn;
    private readonly Dictionary<int, HashSet<int>> _reachCache = [];

    public TrackGraph(IReadOnlyList<Track> tracks)
    {
        Tracks = tracks;
        for (var i = 0; i < tracks.Count; i++)
        {
            _index.TryAdd(tracks[i].Id, i);
        }
        _dependsOn = new List<int>[tracks.Count];
        var unknown = new List<(Track, TextValue)>();
        for (var i = 0; i < tracks.Count; i++)
        {
            _dependsOn[i] = [];
            foreach (var dependency in tracks[i].Dependencies)
            {
                if (_index.TryGetValue(dependency.Text, out var target))
                {
                    _dependsOn[i].Add(target);
                }
                else
                {
                    unknown.Add((tracks[i], dependency));
                }
            }
        }
        UnknownDependencies = unknown;
    }

    public IReadOnlyList<Track> Tracks { get; }

    /// <summary>Dependencies that name no track of the list, with where they were written.</summary>
    public IReadOnlyList<(Track Track, TextValue Dependency)> UnknownDependencies { get; }

    public Track? Find(string id) => _index.TryGetValue(TrackIds.Normalize(id), out var i) ? Tracks[i] : null;

    /// <summary>The tracks <paramref name="track"/> depends on directly.</summary>
    public IEnumerable<Track> DependenciesOf(Track track) =>
        _index.TryGetValue(track.Id, out var i) ? _dependsOn[i].Select(d => Tracks[d]) : [];

    /// <summary>Every track <paramref name="track"/> depends on, directly or through others.</summary>
    public IEnumerable<Track> AllDependenciesOf(Track track) =>
        _index.TryGetValue(track.Id, out var i) ? Reach(i).Select(d => Tracks[d]) : [];

    /// <summary>True when one track depends on the other, directly or through others; such tracks never run at once.</summary>
    public bool AreOrdered(Track a, Track b)
    {
        if (!_index.TryGetValue(a.Id, out var ia) || !_index.TryGetValue(b.Id, out var ib))
        {
            return false;
        }
        return ia == ib || Reach(ia).Contains(ib) || Reach(ib).Contains(ia);
    }

    /// <summary>
    /// Each dependency cycle, as the tracks that form it in dependency order (strongly connected components of
    /// more than one track, or a track that depends on itself); Tarjan's algorithm without recursion.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<Track>> Cycles()
    {
        var count = Tracks.Count;
        var index = new int[count];
        var low = new int[count];
        var onStack = new bool[count];
        Array.Fill(index, -1);
        var stack = new Stack<int>();
        var cycles = new List<IReadOnlyList<Track>>();
        var next = 0;
        var work = new Stack<(int Node, int Edge)>();
        for (var root = 0; root < count; root++)
        {
            if (index[root] >= 0)
            {
                continue;
            }
            work.Push((root, 0));
            while (work.Count > 0)
            {
                var (node, edge) = work.Pop();
                if (edge == 0)
                {
                    index[node] = low[node] = next++;
                    stack.Push(node);
                    onStack[node] = true;
                }
                var descended = false;
                var edges = _dependsOn[node];
                for (var e = edge; e < edges.Count; e++)
                {
                    var target = edges[e];
                    if (index[target] < 0)
                    {
                        work.Push((node, e + 1));
                        work.Push((target, 0));
                        descended = true;
                        break;
                    }
                    if (onStack[target])
                    {
                        low[node] = Math.Min(low[node], index[target]);
                    }
                }
                if (descended)
                {
                    continue;
                }
                if (low[node] == index[node])
                {
                    var component = new List<int>();
                    int member;
                    do
                    {
                        member = stack.Pop();
                        onStack[member] = false;
                        component.Add(member);
                    }
                    while (member != node);
                    if (component.Count > 1 || edges.Contains(node))
                    {
                        component.Reverse();
                        cycles.Add(component.Select(c => Tracks[c]).ToList());
                    }
                }
                if (work.Count > 0)
                {
                    var parent = work.Peek().Node;
                    low[parent] = Math.Min(low[parent], low[node]);
                }
            }
        }
        return cycles;
    }

    /// <summary>
    /// Tracks in dependency order, grouped into steps: each step holds the tracks whose dependencies all
    /// stand in earlier steps (tracks of one step can run side by side). Tracks in a cycle come last, together.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<Track>> Layers()
    {
        var count = Tracks.Count;
        var remaining = new int[count];
        var dependents = new List<int>[count];
        for (var i = 0; i < count; i++)
        {
            dependents[i] = [];
        }
        for (var i = 0; i < count; i++)
        {
            foreach (var d in _dependsOn[i].Distinct())
            {
                remaining[i]++;
                dependents[d].Add(i);
            }
        }
        var layers = new List<IReadOnlyList<Track>>();
        var current = Enumerable.Range(0, count).Where(i => remaining[i] == 0).ToList();
        var placed = 0;
        while (current.Count > 0)
        {
            layers.Add(current.Select(i => Tracks[i]).ToList());
            placed += current.Count;
            var next = new List<int>();
            foreach (var node in current)
            {
                foreach (var dependent in dependents[node])
                {
                    if (--remaining[dependent] == 0)
                    {
                        next.Add(dependent);
                    }
                }
            }
            current = next;
        }
        if (placed < count)
        {
            layers.Add(Enumerable.Range(0, count).Where(i => remaining[i] > 0).Select(i => Tracks[i]).ToList());
        }
        return layers;
    }

    private HashSet<int> Reach(int from)
    {
        lock (_reachCache)
        {
            if (_reachCache.TryGetValue(from, out var cached))
            {
                return cached;
            }
        }
        var seen = new HashSet<int>();
        var queue = new Queue<int>(_dependsOn[from]);
        while (queue.Count > 0)
        {
            var node = queue.Dequeue();
            if (!seen.Add(node))
            {
                continue;
            }
            foreach (var next in _dependsOn[node])
            {
                queue.Enqueue(next);
            }
        }
        lock (_reachCache)
        {
            _reachCache[from] = seen;
        }
        return seen;
    }
}
