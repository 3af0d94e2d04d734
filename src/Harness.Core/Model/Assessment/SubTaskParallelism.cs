using Harness.Core.Model.Artifacts;
using Harness.Core.Model.Schedule;
using Harness.Core.Model.State;

namespace Harness.Core.Model.Assessment;

/// <summary>
/// The tracks of a sub-task that may run in parallel now, for a track of <see cref="Task"/> that may run now and
/// hands its work to <see cref="SubTask"/>: its agents are the sub-task's, not one.
/// </summary>
public sealed record SubTaskParallel(string Task, string Track, string SubTask, IReadOnlyList<string> Parallel);

/// <summary>
/// Counts a sub-task's tracks where assess counts parallel work: a track that may run now and hands its work to a
/// sub-task stands for the sub-task's tracks that may run now (by the sub-task's own merge order), and so on down,
/// walked on an explicit stack; a sub-task that is no task, or leads back on the way to it, adds nothing.
/// </summary>
internal static class SubTaskParallelism
{
    public static IReadOnlyList<SubTaskParallel> Of(TaskState state, IReadOnlyList<Track> runnable)
    {
        var found = new List<SubTaskParallel>();
        if (!runnable.Any(t => t.SubTask is not null))
        {
            return found;
        }
        var graph = SubTaskGraph.Of(state.Workspace);
        var pending = new Stack<(string Task, IReadOnlyList<Track> Runnable, IReadOnlyList<string> Path)>();
        pending.Push((state.Task.Id, runnable, [state.Task.Id]));
        while (pending.Count > 0)
        {
            var (task, tracks, path) = pending.Pop();
            foreach (var track in tracks)
            {
                if (track.SubTask is not { } sub || !graph.Names(sub.Text) || path.Contains(sub.Text, StringComparer.Ordinal))
                {
                    continue;
                }
                var subState = TaskState.AsNeeded(state.Workspace, state.Workspace.TaskHandle(sub.Text), state.Git, state.Freshness);
                var now = subState.MergeOrder.Schedule?.RunnableNow() ?? [];
                found.Add(new SubTaskParallel(task, track.Id, sub.Text, now.Select(t => t.Id).ToList()));
                pending.Push((sub.Text, now, [.. path, sub.Text]));
            }
        }
        return found;
    }
}
