using Harness.Core.Model.Artifacts;
using Harness.Core.Model.Findings;
using Harness.Core.Model.Schedule;
using Harness.Core.Model.Workspaces;

namespace Harness.Core.Order;

/// <summary>`harness order`: the task's <see cref="MergeOrder"/> as steps, and where one track merges.</summary>
public static class OrderService
{
    public static MergeSequence Run(Workspace workspace, string taskId, string? checkTrack)
    {
        var task = workspace.GetTask(taskId);
        var list = task.FeatureList;
        var tracks = list?.Tracks ?? [];
        var lines = MergeOrder.LinesOf(task.Plan, workspace.Playbook);
        workspace.ThrowIfInputErrors();
        var graph = new TrackGraph(tracks);
        var order = MergeOrder.Read(tracks, graph, lines, list?.Path);
        if (!order.IsReadable)
        {
            // An order guessed around a step that cannot be read would be wrong: each one, as lint prints it.
            throw new HarnessInputException(string.Join('\n', order.Problems.Select(FindingLine.Format)));
        }
        MergeCheck? check = null;
        if (checkTrack is not null)
        {
            var track = tracks.FirstOrDefault(t => TrackIds.Comparer.Equals(t.Id, TrackIds.Normalize(checkTrack)))
                ?? throw new HarnessInputException($"task {task.Id} has no track '{checkTrack}'; its tracks: {string.Join(", ", tracks.Select(t => t.Id))}");
            check = order.Schedule!.Check(track);
        }
        return new MergeSequence(task.Id, order.Steps, check) { SubTasks = SubTaskOrders.Of(workspace, task.Id, tracks) };
    }
}
