using Harness.Core.Model.Artifacts;
using Harness.Core.Model.Evidence;
using Harness.Core.Model.Schedule;
using Harness.Core.Model.State;
using Harness.Core.Model.Workspaces;
using Harness.Core.Model.Worktrees;

namespace Harness.Core.Board;

/// <summary>
/// `harness board`: the status report's tasks and the agents report's work trees and conflicts as one view, with
/// each task's merge order and dependencies read from its plan and feature list (as `harness order` reads them).
/// A track's verify badge is its agent's work tree's when that one recorded a run (the agent's live state), else
/// the status report's; its age is that of its newest artifact: its latest verify evidence, or the note or handoff
/// its agent last wrote.
/// </summary>
public static class BoardService
{
    public static BoardReport Run(Workspace workspace, BoardRequest request)
    {
        var agents = request.Agents?.Agents ?? [];
        var tasks = request.Tasks.Select(t => TaskOf(workspace, t, agents, request.Now)).ToList();
        return new BoardReport(request.Now, request.Agents?.Base, tasks, request.Agents?.Conflicts ?? []) { Archived = request.Archived };
    }

    private static BoardTask TaskOf(Workspace workspace, TaskStatusReport status, IReadOnlyList<AgentView> agents, DateTimeOffset now)
    {
        var task = workspace.GetTask(status.Feature);
        var tracks = task.FeatureList?.Tracks ?? [];
        var graph = new TrackGraph(tracks);
        // A single-agent task merges as one piece: the playbook's steps name no track of it.
        var lines = task.FeatureList is null ? [] : MergeOrder.LinesOf(task.Plan, workspace.Playbook);
        var order = MergeOrder.Read(tracks, graph, lines, task.FeatureList?.Path);
        var depth = Depths(graph);
        var steps = order.Steps.Select(s => new BoardMergeStep(s.Number, s.Phase, s.Detail, s.Tracks.Select(t => t.Id).ToList())).ToList();
        var stepOf = steps.SelectMany(s => s.Tracks.Select(t => (Track: t, s.Number))).GroupBy(x => x.Track, TrackIds.Comparer)
            .ToDictionary(g => g.Key, g => g.First().Number, TrackIds.Comparer);
        var mine = agents.Where(a => a.TaskId == status.Feature).ToList();
        var cards = status.Tracks.Select(line => CardOf(line, status, mine, depth, stepOf, now)).ToList();
        var edges = tracks.SelectMany(t => graph.DependenciesOf(t).Select(d => new BoardEdge(d.Id, t.Id))).Distinct().ToList();
        return new BoardTask(status.Feature, status.LongRunning, cards, steps, order.Problems, edges,
            status.Note?.Path, status.Note?.Status, status.Note?.NextStep);
    }

    private static BoardCard CardOf(TrackStatusLine line, TaskStatusReport status, IReadOnlyList<AgentView> agents,
        IReadOnlyDictionary<string, int> depth, IReadOnlyDictionary<string, int> stepOf, DateTimeOffset now)
    {
        // A single-agent task has one line, its brief: its agent names no track, and its note is its own.
        var brief = !status.LongRunning;
        var theirs = agents.Where(a => brief ? a.Track is null : a.Track is not null && TrackIds.Comparer.Equals(TrackIds.Normalize(a.Track), line.Id)).ToList();
        var verify = theirs.Where(a => a.Place == AgentPlace.Worktree && a.Verify != VerifyState.None).Select(a => (VerifyState?)a.Verify).FirstOrDefault()
            ?? line.Verify.State;
        var ages = new List<BoardAge>();
        if (line.Verify.At is { } at)
        {
            ages.Add(new BoardAge("verify", null, at, now - at));
        }
        foreach (var agent in theirs)
        {
            AddStamp(ages, "note", agent.Note, now);
            AddStamp(ages, "handoff", agent.Handoff, now);
        }
        if (brief && status.Note is { Updated: { } updated })
        {
            ages.Add(new BoardAge("note", status.Note.Path, updated, now - updated));
        }
        // A track that hands its work to a sub-task stands where the sub-task has got to: its column and verify are
        // the rolled-up ones (an unknown id or a circle rolls nothing up, and the track stays as written).
        var rolled = line.SubTask is { Found: true, Cycle.Count: 0 } sub ? sub : null;
        var shown = rolled?.Status ?? line.Status;
        return new BoardCard(line.Id, line.Title, shown, TrackStatusKinds.Parse(shown), line.Owner, rolled?.Verify ?? verify,
            theirs.Select(a => new BoardWorktree(a.Place, a.Where, a.Branch)).ToList(),
            ages.OrderByDescending(a => a.Time).FirstOrDefault(),
            stepOf.TryGetValue(line.Id, out var step) ? step : null,
            depth.TryGetValue(line.Id, out var d) ? d : 0)
        {
            SubTask = line.SubTask,
        };
    }

    private static void AddStamp(List<BoardAge> ages, string kind, ArtifactStamp? stamp, DateTimeOffset now)
    {
        if (stamp is not null)
        {
            ages.Add(new BoardAge(kind, stamp.Path, stamp.Time, now - stamp.Time));
        }
    }

    /// <summary>Each track's layer in dependency order: 0 for a track that depends on nothing, one more than its deepest dependency.</summary>
    private static Dictionary<string, int> Depths(TrackGraph graph)
    {
        var depth = new Dictionary<string, int>(TrackIds.Comparer);
        var layers = graph.Layers();
        for (var i = 0; i < layers.Count; i++)
        {
            foreach (var track in layers[i])
            {
                depth.TryAdd(track.Id, i);
            }
        }
        return depth;
    }
}
