using Harness.Core.Model.Artifacts;
using Harness.Core.Model.CommandLine;
using Harness.Core.Model.State;
using Harness.Core.Model.Workspaces;

namespace Harness.Core.Model.Identity;

/// <summary>A task whose Progress Note is not done, and when the note was last written.</summary>
public sealed record TaskInProgress(HarnessTask Task, ArtifactTime NoteTime);

/// <summary>
/// Picks the task an agent most likely resumes when nothing names one: the one whose Progress Note is the newest
/// ('updated', else its last commit, else its mtime) among tasks whose note is not done.
/// </summary>
public static class CurrentTask
{
    /// <summary>Every task in progress, the newest note first (ties keep the tasks' order).</summary>
    public static IReadOnlyList<TaskInProgress> InProgress(Workspace workspace, GitFacts git)
    {
        var tasks = new List<TaskInProgress>();
        foreach (var id in workspace.TaskIds)
        {
            var task = workspace.FindTask(id)!;
            if (task.Note is not { } note || TrackStatusKinds.Parse(note.Status?.Text).IsFinished())
            {
                continue;
            }
            tasks.Add(new TaskInProgress(task, NoteTime.Of(workspace.FullPath(task.NotePath), note, git)));
        }
        workspace.ThrowIfInputErrors();
        return tasks.OrderByDescending(t => t.NoteTime.Time).ToList();
    }

    /// <param name="word">What the message says was given instead of a task: `--current`, or that no id was.</param>
    public static TaskInProgress Newest(Workspace workspace, IReadOnlyList<TaskInProgress> inProgress, string word)
    {
        if (inProgress.Count > 0)
        {
            return inProgress[0];
        }
        var known = workspace.TaskIds.Count == 0 ? "there are none" : string.Join(", ", workspace.TaskIds);
        throw new HarnessInputException(
            $"{word}: no task is in progress in {workspace.Root} (no Progress Note whose Status is not done), and no " +
            $"{SessionEnvironment.TaskVariable} or git config {SessionConfig.TaskKey} names one; name a task instead, or run " +
            $"`{CommandWords.Start("ID")}`; tasks here: {known}");
    }
}
