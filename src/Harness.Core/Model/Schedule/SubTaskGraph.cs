using Harness.Core.Model.Artifacts;
using Harness.Core.Model.Workspaces;

namespace Harness.Core.Model.Schedule;

/// <summary>A track that hands its work to a task of its own: the task it is in, the track, and the sub-task it names.</summary>
public sealed record SubTaskLink(string TaskId, Track Track, string SubTaskId);

/// <summary>Sub-tasks that hand work to each other in a circle, from the task first by id; its first link is where lint reports it.</summary>
public sealed record SubTaskCycle(IReadOnlyList<SubTaskLink> Links)
{
    /// <summary>The circle as ids, the first again at the end: "FEATURE-1 → FEATURE-2 → FEATURE-1".</summary>
    public string Path => string.Join(" → ", Links.Select(l => l.TaskId).Append(Links[0].TaskId));
}

/// <summary>
/// The tasks of a repo as sub-tasks see them: which task ids exist, and the tracks of each (none for a task with no
/// feature list). Nothing but ids and tracks: the roll-up (<see cref="State.SubTaskTree"/>) and lint read it alike.
/// </summary>
public sealed class SubTaskGraph
{
    private readonly IReadOnlyDictionary<string, IReadOnlyList<Track>> _tracksByTask;

    public SubTaskGraph(IReadOnlyDictionary<string, IReadOnlyList<Track>> tracksByTask) => _tracksByTask = tracksByTask;

    /// <summary>Every task of the workspace with the tracks of its feature list (read once, as the workspace caches it).</summary>
    public static SubTaskGraph Of(Workspace workspace)
    {
        var tracks = new Dictionary<string, IReadOnlyList<Track>>(StringComparer.Ordinal);
        foreach (var id in workspace.TaskIds)
        {
            tracks[id] = workspace.FeatureListOf(id)?.Tracks ?? [];
        }
        return new SubTaskGraph(tracks);
    }

    /// <summary>True when a task with this id exists (with or without a feature list).</summary>
    public bool Names(string taskId) => _tracksByTask.ContainsKey(taskId);

    public IReadOnlyList<Track> TracksOf(string taskId) => _tracksByTask.TryGetValue(taskId, out var tracks) ? tracks : [];

    /// <summary>The tracks that hand their work to <paramref name="taskId"/>, by task id, then in the order written.</summary>
    public IReadOnlyList<SubTaskLink> ParentsOf(string taskId)
    {
        var parents = new List<SubTaskLink>();
        foreach (var (id, tracks) in _tracksByTask.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            foreach (var track in tracks)
            {
                if (track.SubTask is { } sub && string.Equals(sub.Text, taskId, StringComparison.Ordinal))
                {
                    parents.Add(new SubTaskLink(id, track, taskId));
                }
            }
        }
        return parents;
    }

    /// <summary>True when any track of any task names a sub-task: without one, no command needs to look further.</summary>
    public bool HasSubTasks => _tracksByTask.Values.Any(tracks => tracks.Any(t => t.SubTask is not null));

    /// <summary>
    /// Every circle of sub-tasks, once each, found by a depth-first walk on an explicit stack (a chain of sub-tasks
    /// as deep as the repo writes it never deepens the call stack). Each circle starts at its task first by id.
    /// </summary>
    public IReadOnlyList<SubTaskCycle> Cycles()
    {
        var cycles = new List<SubTaskCycle>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var finished = new HashSet<string>(StringComparer.Ordinal);
        foreach (var root in _tracksByTask.Keys.Order(StringComparer.Ordinal))
        {
            if (finished.Contains(root))
            {
                continue;
            }
            var path = new List<SubTaskLink>();
            var onPath = new List<string> { root };
            var stack = new Stack<(string TaskId, int Index)>();
            stack.Push((root, 0));
            while (stack.Count > 0)
            {
                var (taskId, index) = stack.Pop();
                var tracks = TracksOf(taskId);
                if (index >= tracks.Count)
                {
                    finished.Add(taskId);
                    onPath.RemoveAt(onPath.Count - 1);
                    if (path.Count > 0)
                    {
                        path.RemoveAt(path.Count - 1);
                    }
                    continue;
                }
                stack.Push((taskId, index + 1));
                if (tracks[index].SubTask is not { } sub || !Names(sub.Text))
                {
                    continue;
                }
                var link = new SubTaskLink(taskId, tracks[index], sub.Text);
                var at = onPath.IndexOf(sub.Text);
                if (at >= 0)
                {
                    AddOnce(cycles, seen, [.. path.Skip(at), link]);
                }
                else if (!finished.Contains(sub.Text))
                {
                    path.Add(link);
                    onPath.Add(sub.Text);
                    stack.Push((sub.Text, 0));
                }
            }
        }
        return cycles;
    }

    // One circle is found once from each task on it, walked from anywhere: its key is its links, from the first by id.
    private static void AddOnce(List<SubTaskCycle> cycles, HashSet<string> seen, List<SubTaskLink> links)
    {
        var start = 0;
        for (var i = 1; i < links.Count; i++)
        {
            if (string.CompareOrdinal(links[i].TaskId, links[start].TaskId) < 0)
            {
                start = i;
            }
        }
        var rotated = links.Skip(start).Concat(links.Take(start)).ToList();
        var key = string.Join("\n", rotated.Select(l => $"{l.TaskId}\t{l.Track.Id}"));
        if (seen.Add(key))
        {
            cycles.Add(new SubTaskCycle(rotated));
        }
    }
}
