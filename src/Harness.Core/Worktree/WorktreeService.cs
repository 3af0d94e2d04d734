using Harness.Core.Model.Artifacts;
using Harness.Core.Model.CommandLine;
using Harness.Core.Model.Git;
using Harness.Core.Model.Identity;
using Harness.Core.Model.State;
using Harness.Core.Model.Worktrees;
using Harness.Core.Model.Workspaces;

namespace Harness.Core.Worktree;

/// <summary>What `harness worktree add` was asked: a task and track, and optionally the folder (absolute) and the base.</summary>
public sealed record WorktreeAddRequest(string TaskId, string Track, string? Path, string? Base);

/// <summary>What `harness worktree remove` was asked: a task and track, or a folder (absolute); force drops uncommitted changes.</summary>
public sealed record WorktreeRemoveRequest(string? TaskId, string? Track, string? Path, bool Force);

/// <summary>The work tree `harness worktree add` made, on which branch from which base, and what it wrote to its config.</summary>
/// <param name="ReusedBranch">True when the track's branch existed and the work tree checked it out instead of making it.</param>
/// <param name="Base">The base a new branch started from, with where it was named; null for a reused branch.</param>
public sealed record WorktreeAddReport(
    string TaskId,
    string Track,
    string? Owner,
    string Branch,
    string Path,
    bool ReusedBranch,
    BaseBranch? Base,
    bool EnabledWorktreeConfig,
    IReadOnlyList<KeyValuePair<string, string>> Written);

/// <summary>The work tree `harness worktree remove` removed; its branch stays.</summary>
public sealed record WorktreeRemoveReport(string Path, string? Branch, int DroppedChanges);

/// <summary>
/// `harness worktree add|remove`: a git work tree per track, on a branch named for the task and track, whose own git
/// config (extensions.worktreeConfig) says harness.task and harness.track, so that every command run there knows
/// its agent without a flag, as after `harness start`.
/// </summary>
public static class WorktreeService
{
    public static WorktreeAddReport Add(Workspace workspace, WorktreeAddRequest request, Func<string, IGitRepository?> openGit)
    {
        var git = RequireGit(workspace);
        var task = workspace.GetTask(request.TaskId);
        var track = TrackOf(task, request.Track);
        var branch = new TrackBranch(workspace.Config.WorktreeBranch).Name(task.Id, track.Id);
        var trees = Answer(git.Worktrees(), "git worktree list");
        var path = request.Path ?? DefaultPath(trees, task.Id, track.Id);
        if (Directory.Exists(path) || File.Exists(path))
        {
            throw new HarnessInputException($"{path}: already exists; name another folder with {CommandWords.WorktreePath} DIR, or remove it first");
        }
        if (trees.FirstOrDefault(t => t.Branch == branch) is { } holder)
        {
            throw new HarnessInputException(
                $"branch {branch} (Track {track.Id} of {task.Id}) is already checked out in the work tree {holder.Path}; work there, or `{CommandWords.WorktreeRemove(task.Id, track.Id)}` first");
        }
        var exists = Answer(git.Branches(), "git for-each-ref").Any(b => b.Remote is null && b.Name == branch);
        BaseBranch? baseName = null;
        if (!exists)
        {
            baseName = request.Base is { } given ? new BaseBranch(given, CommandWords.Base, null) : BaseBranch.Resolve(workspace.Config, git);
            if (!git.ResolveCommit(baseName.Name).Ok)
            {
                throw new HarnessInputException($"{CommandWords.Base}: {baseName.Name} (from {baseName.Source}) names no commit git knows; name the base with {CommandWords.Base} REF");
            }
        }
        var added = git.AddWorktree(path, branch, exists ? null : baseName!.Name);
        if (!added.Ok)
        {
            throw new HarnessInputException($"git worktree add {path}: {added.Error}");
        }
        var enabled = !git.ConfigFlag("extensions.worktreeConfig");
        if (enabled)
        {
            Check(git.SetConfig("extensions.worktreeConfig", "true", GitConfigScope.Local), "extensions.worktreeConfig");
        }
        var tree = openGit(System.IO.Path.Combine(path, git.Prefix)) ?? throw new HarnessInputException($"{path}: git does not see the new work tree");
        var written = new List<KeyValuePair<string, string>> { new(SessionConfig.TaskKey, task.Id), new(SessionConfig.TrackKey, track.Id) };
        foreach (var (key, value) in written)
        {
            Check(tree.SetConfig(key, value, GitConfigScope.Worktree), key);
        }
        return new WorktreeAddReport(task.Id, track.Id, track.Owner?.Unwrapped, branch, path, exists, baseName, enabled, written);
    }

    public static WorktreeRemoveReport Remove(Workspace workspace, WorktreeRemoveRequest request, Func<string, IGitRepository?> openGit)
    {
        var git = RequireGit(workspace);
        var trees = Answer(git.Worktrees(), "git worktree list");
        GitWorktree? tree;
        string named;
        if (request.Path is { } path)
        {
            var full = System.IO.Path.GetFullPath(path).TrimEnd('/');
            tree = trees.FirstOrDefault(t => System.IO.Path.GetFullPath(t.Path).TrimEnd('/') == full);
            named = path;
        }
        else
        {
            var task = workspace.GetTask(request.TaskId ?? throw new HarnessInputException($"worktree remove needs a task id and {CommandWords.Track}, or {CommandWords.WorktreePath} DIR"));
            var track = TrackOf(task, request.Track ?? throw new HarnessInputException($"worktree remove {task.Id} needs {CommandWords.Track} T"));
            var branch = new TrackBranch(workspace.Config.WorktreeBranch).Name(task.Id, track.Id);
            tree = trees.FirstOrDefault(t => t.Branch == branch);
            named = $"Track {track.Id} of {task.Id} (branch {branch})";
        }
        if (tree is null)
        {
            throw new HarnessInputException($"{named}: no work tree of this repository; `git worktree list` shows them");
        }
        if (tree.IsMain)
        {
            throw new HarnessInputException($"{tree.Path}: the repository's main work tree cannot be removed");
        }
        var changes = Directory.Exists(tree.Path) ? (openGit(tree.Path)?.Status().Changed.Distinct().ToList() ?? []) : [];
        if (changes.Count > 0 && !request.Force)
        {
            throw new HarnessInputException(
                $"{tree.Path}: {changes.Count} uncommitted change(s), such as {changes[0]}; commit them, or drop them with {CommandWords.Force}");
        }
        var removed = git.RemoveWorktree(tree.Path, request.Force);
        if (!removed.Ok)
        {
            throw new HarnessInputException($"git worktree remove {tree.Path}: {removed.Error}");
        }
        return new WorktreeRemoveReport(tree.Path, tree.Branch, request.Force ? changes.Count : 0);
    }

    /// <summary>`../REPO-TASK-TRACK` beside the main work tree, in lower case.</summary>
    public static string DefaultPath(IReadOnlyList<GitWorktree> trees, string taskId, string trackId)
    {
        var main = trees.Count > 0 ? trees[0].Path : throw new HarnessInputException("git lists no work tree of this repository");
        var parent = System.IO.Path.GetDirectoryName(main.TrimEnd('/')) ?? main;
        return System.IO.Path.Combine(parent, $"{System.IO.Path.GetFileName(main.TrimEnd('/'))}-{taskId}-{trackId}".ToLowerInvariant());
    }

    private static Track TrackOf(HarnessTask task, string trackId)
    {
        var list = task.FeatureList;
        if (list?.FindTrack(trackId) is { } track)
        {
            return track;
        }
        var known = list is null || list.Tracks.Count == 0 ? "it has none" : string.Join(", ", list.Tracks.Select(t => t.Id));
        throw new HarnessInputException($"{CommandWords.Track} {trackId}: {task.Id} has no such track; tracks: {known}");
    }

    private static IGitRepository RequireGit(Workspace workspace) =>
        workspace.Git ?? throw new HarnessInputException($"{workspace.Root} is not in a git work tree; a work tree per track needs git");

    private static T Answer<T>(GitAnswer<T> answer, string what) where T : class =>
        answer.Ok ? answer.Value! : throw new HarnessInputException($"{what}: {answer.Error}");

    private static void Check(GitAnswer<string> answer, string key)
    {
        if (!answer.Ok)
        {
            throw new HarnessInputException($"git config {key}: git refused to write it: {answer.Error}");
        }
    }
}
