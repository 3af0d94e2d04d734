using Harness.Core.Model.Artifacts;
using Harness.Core.Model.CommandLine;
using Harness.Core.Model.State;
using Harness.Core.Model.Workspaces;

namespace Harness.Core.Restart;

/// <summary>
/// Picks the task an agent most likely resumes: the one whose Progress Note is the newest ('updated', else
/// its last commit, else its mtime) among tasks whose note is not done.
/// </summary>
public static class CurrentTask
{
    public static HarnessTask Find(Workspace workspace, GitFacts git)
    {
        HarnessTask? newest = null;
        var newestTime = DateTimeOffset.MinValue;
        foreach (var id in workspace.TaskIds)
        {
            var task = workspace.FindTask(id)!;
            if (task.Note is not { } note || TrackStatusKinds.Parse(note.Status?.Text).IsFinished())
            {
                continue;
            }
            var time = NoteTime.Of(workspace.FullPath(task.NotePath), note, git).Time;
            if (newest is null || time > newestTime)
            {
                (newest, newestTime) = (task, time);
            }
        }
        workspace.ThrowIfInputErrors();
        if (newest is null)
        {
            var known = workspace.TaskIds.Count == 0 ? "there are none" : string.Join(", ", workspace.TaskIds);
            throw new HarnessInputException(
                $"{CommandWords.Current}: no task is in progress in {workspace.Root} (no Progress Note whose Status is not done); name a task instead; tasks here: {known}");
        }
        return newest;
    }
}
