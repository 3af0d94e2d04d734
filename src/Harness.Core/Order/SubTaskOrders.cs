using Harness.Core.Model.Artifacts;
using Harness.Core.Model.CommandLine;
using Harness.Core.Model.Schedule;
using Harness.Core.Model.Workspaces;

namespace Harness.Core.Order;

/// <summary>
/// The merge orders of a task's sub-tasks, nested as deep as the repo writes them, walked on an explicit stack;
/// a sub-task that is no task, or that leads back to a task on the way to it, is named, never followed.
/// </summary>
internal static class SubTaskOrders
{
    public static IReadOnlyList<SubTaskOrder> Of(Workspace workspace, string taskId, IReadOnlyList<Track> tracks)
    {
        var graph = SubTaskGraph.Of(workspace);
        var top = new List<SubTaskOrder>();
        if (!graph.HasSubTasks)
        {
            return top;
        }
        var pending = new Stack<(IReadOnlyList<Track> Tracks, List<SubTaskOrder> Into, IReadOnlyList<string> Path)>();
        pending.Push((tracks, top, [taskId]));
        while (pending.Count > 0)
        {
            var (from, into, path) = pending.Pop();
            foreach (var track in from)
            {
                if (track.SubTask is not { } sub)
                {
                    continue;
                }
                var id = sub.Text;
                if (!graph.Names(id))
                {
                    into.Add(new SubTaskOrder(track.Id, id, [], $"no task has this id ({sub.Location}); see {CommandWords.Lint}", []));
                    continue;
                }
                if (path.Contains(id, StringComparer.Ordinal))
                {
                    var circle = string.Join(" → ", path.SkipWhile(p => p != id).Append(id));
                    into.Add(new SubTaskOrder(track.Id, id, [], $"a circle of sub-tasks ({circle}), not followed; see {CommandWords.Lint}", []));
                    continue;
                }
                var subTracks = graph.TracksOf(id);
                var plan = workspace.FindTask(id)?.Plan;
                var order = MergeOrder.Read(subTracks, new TrackGraph(subTracks), MergeOrder.LinesOf(plan, workspace.Playbook),
                    workspace.FeatureListOf(id)?.Path);
                if (!order.IsReadable)
                {
                    into.Add(new SubTaskOrder(track.Id, id, [], $"its merge order cannot be read; see `{CommandWords.Order(id)}`", []));
                    continue;
                }
                var nested = new List<SubTaskOrder>();
                into.Add(new SubTaskOrder(track.Id, id, order.Steps, null, nested));
                pending.Push((subTracks, nested, [.. path, id]));
            }
        }
        return top;
    }
}
