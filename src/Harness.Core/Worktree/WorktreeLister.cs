using Harness.Core.Model.Git;
using Harness.Core.Model.Worktrees;
using Harness.Core.Model.Workspaces;

namespace Harness.Core.Worktree;

/// <summary>One work tree of a track: its task and track, folder, branch, and whether it holds uncommitted changes.</summary>
/// <param name="Archived">True when its task is archived (tasks/archive/).</param>
/// <param name="Dirty">True when git status shows changes there, untracked files included (what worktree remove refuses over).</param>
public sealed record TrackWorktree(string TaskId, string Track, string Path, string Branch, bool Archived, bool Dirty);

/// <summary>The work trees of `harness worktree list`, in git's order.</summary>
public sealed record WorktreeListReport(IReadOnlyList<TrackWorktree> Worktrees);

/// <summary>
/// `harness worktree list`: the work trees whose branch follows harness.yml's worktreeBranch pattern and names a task
/// of the repo (those `worktree add` makes), each with its task and track spelled as the repo spells them. One git
/// call lists them; each one's status is asked on a thread of its own, since each mostly waits on its git process.
/// </summary>
public static class WorktreeLister
{
    public static WorktreeListReport List(Workspace workspace, Func<string, IGitRepository?> openGit)
    {
        var git = workspace.Git ?? throw new HarnessInputException($"{workspace.Root} is not in a git work tree; a work tree per track needs git");
        var trees = git.Worktrees();
        if (!trees.Ok)
        {
            throw new HarnessInputException($"git worktree list: {trees.Error}");
        }
        var pattern = new TrackBranch(workspace.Config.WorktreeBranch);
        var live = workspace.TaskIds.ToDictionary(t => t.ToLowerInvariant(), t => t, StringComparer.Ordinal);
        var archived = workspace.ArchivedTaskIds.ToDictionary(t => t.ToLowerInvariant(), t => t, StringComparer.Ordinal);
        var named = trees.Value!
            .Where(t => !t.IsMain && !t.IsBare && t.Branch is not null)
            .Select(t => (Tree: t, Name: pattern.Read(t.Branch!)))
            // {task}/{track} reads any branch with a slash (dependabot/npm): only a task of the repo makes it a track's.
            .Where(t => t.Name is not null && (live.ContainsKey(t.Name.Task.ToLowerInvariant()) || archived.ContainsKey(t.Name.Task.ToLowerInvariant())))
            .ToList();
        var dirty = new bool[named.Count];
        var threads = named.Select((tree, i) => new Thread(() =>
        {
            var path = System.IO.Path.Combine(tree.Tree.Path, git.Prefix);
            dirty[i] = Directory.Exists(path) && openGit(path)?.Status().Changed.Count > 0;
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        return new WorktreeListReport(named.Select((tree, i) =>
        {
            var key = tree.Name!.Task.ToLowerInvariant();
            var isArchived = !live.ContainsKey(key) && archived.ContainsKey(key);
            var taskId = live.GetValueOrDefault(key) ?? archived[key];
            var track = isArchived ? null : workspace.FindTask(taskId)?.FeatureList?.FindTrack(tree.Name.Track)?.Id;
            return new TrackWorktree(taskId, track ?? tree.Name.Track, tree.Tree.Path, tree.Tree.Branch!, isArchived, dirty[i]);
        }).ToList());
    }
}
