using Harness.Core.Model.Artifacts;
using Harness.Core.Model.Evidence;
using Harness.Core.Model.Schedule;
using Harness.Core.Model.State;
using Harness.Core.Model.Workspaces;

namespace Harness.Core.Status;

/// <summary>
/// `harness status`: each task's tracks with their status, owner, dependencies and the state of their latest
/// verify (contract, section 5), and the Progress Note's age and Next Step.
/// </summary>
public static class StatusService
{
    public const string BriefLineId = "brief";

    /// <summary>Every task of the repo (<paramref name="taskId"/> null) or the one named.</summary>
    public static IReadOnlyList<TaskStatusReport> Run(Workspace workspace, string? taskId, DateTimeOffset now)
    {
        var tasks = taskId is null ? workspace.TaskIds.Select(workspace.GetTask).ToList() : [workspace.GetTask(taskId)];
        var freshness = new Freshness(workspace.Git, workspace.Config);
        // One log, one status and one freshness judge for every task, however many there are. A note without an 'updated'
        // date is dated by git, whose two processes then run while the evidence is read and judged.
        var git = new GitFacts(workspace.Git);
        if (tasks.Any(t => t.Note is { } note && ArtifactTime.ParseDate(note.Updated?.Text) is null))
        {
            git.Prefetch();
        }
        var reports = new List<TaskStatusReport>();
        // Built only when a track names a sub-task: one tree (one state a task) for every task shown.
        var subTasks = SubTaskGraph.Of(workspace).HasSubTasks ? new SubTaskTree(workspace, git, freshness) : null;
        foreach (var task in tasks)
        {
            var state = TaskState.AsNeeded(workspace, task, git, freshness);
            var latest = state.LatestEvidence;
            var note = state.Note;
            var lines = task.FeatureList is { } list
                ? list.Tracks.Select(t => TrackLine(t, latest, note, state.Freshness) with { SubTask = SubTaskOf(subTasks, task.Id, t) }).ToList()
                : BriefLine(task, latest, note, state.Freshness);
            reports.Add(new TaskStatusReport(task.Id, task.IsLongRunning, lines, note is null ? null : NoteOf(state, note, now)));
        }
        workspace.ThrowIfInputErrors();
        return reports;
    }

    private static TrackStatusLine TrackLine(Track track, IReadOnlyDictionary<string, (string Path, EvidenceRecord Record)> latest,
        ProgressNote? note, Freshness freshness) =>
        new(track.Id, track.Title, track.Status?.Text, track.Owner?.Text, track.Dependencies.Select(d => d.Text).ToList(),
            VerifyOf(latest.TryGetValue(track.Id, out var entry) ? entry.Record : null, track.VerifyCommand?.Text, note, freshness));

    private static SubTaskStatus? SubTaskOf(SubTaskTree? tree, string taskId, Track track) =>
        tree is null || track.SubTask is null ? null : SubTaskOf(tree.Of(taskId, track));

    // Nested as deep as the sub-tasks go; the tree below was rolled up on an explicit stack, and a circle ends it.
    private static SubTaskStatus? SubTaskOf(RolledUpTrack rolled)
    {
        if (rolled.SubTask is not { } sub)
        {
            return null;
        }
        var track = rolled.Track;
        var status = rolled.Status == track.StatusKind && track.Status is { } written ? written.Text : rolled.Status.ToName();
        var lines = sub.Tracks.Select(t => new TrackStatusLine(t.Track.Id, t.Track.Title, t.Track.Status?.Text, t.Track.Owner?.Text,
            t.Track.Dependencies.Select(d => d.Text).ToList(), new VerifyStatus(t.Verify, t.Track.VerifyCommand?.Text, null, null))
        {
            SubTask = SubTaskOf(t),
        }).ToList();
        return new SubTaskStatus(sub.TaskId, sub.Found, sub.Cycle, status, sub.Verify, sub.Done, sub.Total,
            sub.Line.Location.File, sub.Line.Location.Line, lines);
    }

    private static List<TrackStatusLine> BriefLine(HarnessTask task, IReadOnlyDictionary<string, (string Path, EvidenceRecord Record)> latest,
        ProgressNote? note, Freshness freshness)
    {
        var brief = task.Brief;
        var title = brief?.Document.Title?.Title ?? task.Id;
        var record = latest.TryGetValue("", out var entry) ? entry.Record : null;
        return [new TrackStatusLine(BriefLineId, title, note?.Status?.Text, null, [], VerifyOf(record, brief?.VerificationCommand?.Text, note, freshness))];
    }

    private static VerifyStatus VerifyOf(EvidenceRecord? record, string? command, ProgressNote? note, Freshness freshness)
    {
        if (record is not null)
        {
            return new VerifyStatus(freshness.Of(record).State, record.Command, record.Commit, record.StartedAt);
        }
        var line = command is null ? null : note?.LastVerify.FirstOrDefault(l => l.Command == command);
        if (line is null)
        {
            return new VerifyStatus(VerifyState.None, command, null, null);
        }
        return new VerifyStatus(line.State, command, null, null);
    }

    private static NoteStatus NoteOf(TaskState state, ProgressNote note, DateTimeOffset now)
    {
        var updated = state.NoteTime!.Time;
        return new NoteStatus(note.Path, note.Status?.Text, updated, now - updated, note.NextStep.FirstOrDefault()?.Text);
    }
}
