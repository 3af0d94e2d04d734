using Harness.Core.Model.Git;
using Harness.Core.Model.Identity;
using Harness.Core.Model.State;
using Harness.Core.Model.Worktrees;
using Harness.Core.Model.Workspaces;

namespace Harness.Core.Agents;

/// <summary>
/// `harness agents`: every work tree of the repository and every fetched remote track branch, each with its task,
/// track, divergence from the base, changes, verify, note and handoff, and the conflicts between them. Git is asked
/// once for the work trees, once for the branches and once for every commit beyond the base (which gives most agents'
/// divergence), then once per work tree for its status and, only where that log cannot tell, once per agent for its
/// divergence, on threads of their own.
/// </summary>
public static class AgentsService
{
    /// <summary>How many agents are read at once: each mostly waits on its git processes (status, and a log where the batch cannot tell), so many more than the cores.</summary>
    private const int Readers = 16;

    /// <param name="includeArchived">Also list the agents of archived tasks (marked so); they are finished history, left out otherwise.</param>
    public static AgentsReport Run(Workspace workspace, Func<string, IGitRepository?> openGit, DateTimeOffset now, bool includeArchived = false)
    {
        var git = workspace.Git ?? throw new HarnessInputException($"{workspace.Root} is not in a git work tree; harness agents reads the work trees and branches git keeps");
        var trees = Background(git.Worktrees);
        var branches = Background(git.Branches);
        var baseName = BaseBranch.Resolve(workspace.Config, git);
        if (baseName.Commit is not { } baseCommit)
        {
            throw new HarnessInputException(
                $"base {baseName.Name} (from {baseName.Source}) names no commit git knows; set base: in {Model.Config.HarnessConfig.FileName} to the branch the tracks merge into");
        }
        var places = Places(workspace, Answer(trees.Result, "git worktree list"), Answer(branches.Result, "git for-each-ref"), openGit)
            .Where(p => includeArchived || !p.Archived).ToList();
        // One log of every commit beyond the base, for all agents: most agents' divergence needs no git call of its own.
        var beyond = git.CommitsBeyond(baseCommit, places.Select(p => p.Reference).Distinct(StringComparer.Ordinal).ToList());
        var reader = new AgentReader(workspace, git, baseCommit, beyond.Ok ? new DivergenceIndex(baseCommit, beyond.Value!) : null, openGit);
        var agents = ReadAll(places, p => reader.Read(p) with { Archived = p.Archived });
        var conflicts = AgentConflicts.Find(workspace, agents, baseName.Name);
        return new AgentsReport(baseName.Name, baseName.Source, baseCommit, now, agents, conflicts);
    }

    /// <summary>
    /// The work trees (bare ones aside) and the remote branches the branch pattern names, each with the task and track
    /// it names; a remote branch a work tree here has checked out is that work tree's, listed once.
    /// </summary>
    private static List<AgentPlaceOf> Places(Workspace workspace, IReadOnlyList<GitWorktree> trees, IReadOnlyList<GitBranch> branches,
        Func<string, IGitRepository?> openGit)
    {
        var pattern = new TrackBranch(workspace.Config.WorktreeBranch);
        var names = new TaskNames(workspace);
        var places = new List<AgentPlaceOf>();
        foreach (var tree in trees.Where(t => !t.IsBare))
        {
            var named = tree.Branch is null ? null : names.Of(pattern.Read(tree.Branch));
            // A work tree on another branch may still say who works there, as `harness start` or `worktree add` wrote it.
            named ??= names.OfConfig(openGit(Path.Combine(tree.Path, workspace.Git!.Prefix)));
            places.Add(new AgentPlaceOf(AgentPlace.Worktree, tree.Path, tree.Branch, tree.Head ?? "HEAD", named?.TaskId, named?.Track, null, named?.Archived ?? false));
        }
        var local = trees.Select(t => t.Branch).OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var branch in branches.Where(b => b.Remote is not null && !local.Contains(b.Name)))
        {
            if (names.Of(pattern.Read(branch.Name)) is { } named)
            {
                places.Add(new AgentPlaceOf(AgentPlace.RemoteBranch, $"{branch.Remote}/{branch.Name}", branch.Name, branch.FullName, named.TaskId, named.Track, branch.Time, named.Archived));
            }
        }
        return places;
    }

    private static List<AgentView> ReadAll(List<AgentPlaceOf> places, Func<AgentPlaceOf, AgentView> read)
    {
        var views = new AgentView[places.Count];
        var next = -1;
        var threads = Enumerable.Range(0, Math.Min(Readers, places.Count)).Select(_ => new Thread(() =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < places.Count)
            {
                views[i] = read(places[i]);
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        return [.. views];
    }

    private static Task<T> Background<T>(Func<T> read) =>
        Task.Factory.StartNew(read, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    private static T Answer<T>(GitAnswer<T> answer, string what) where T : class =>
        answer.Ok ? answer.Value! : throw new HarnessInputException($"{what}: {answer.Error}");

    /// <summary>
    /// Task ids and track ids as the repo spells them, found from a branch's lower-case spelling; an archived task's id
    /// is known too, marked archived (its tracks are no longer read, so the branch's spelling of the track stays).
    /// </summary>
    private sealed class TaskNames(Workspace workspace)
    {
        private readonly Dictionary<string, string> _tasks = workspace.TaskIds.ToDictionary(t => t.ToLowerInvariant(), t => t, StringComparer.Ordinal);
        private readonly Dictionary<string, string> _archived = workspace.ArchivedTaskIds
            .Where(t => !workspace.TaskIds.Contains(t, StringComparer.Ordinal))
            .ToDictionary(t => t.ToLowerInvariant(), t => t, StringComparer.Ordinal);

        public NamedAgent? Of(TrackBranchName? name)
        {
            if (name is null)
            {
                return null;
            }
            if (_archived.TryGetValue(name.Task.ToLowerInvariant(), out var archivedId))
            {
                return new NamedAgent(archivedId, name.Track, true);
            }
            if (!_tasks.TryGetValue(name.Task.ToLowerInvariant(), out var taskId))
            {
                return null;
            }
            var track = workspace.FindTask(taskId)?.FeatureList?.FindTrack(name.Track);
            return new NamedAgent(taskId, track?.Id ?? name.Track, false);
        }

        public NamedAgent? OfConfig(IGitRepository? tree)
        {
            var config = SessionConfig.Read(tree);
            if (!config.TryGetValue(SessionConfig.TaskKey, out var task))
            {
                return null;
            }
            var track = config.TryGetValue(SessionConfig.TrackKey, out var named) ? named.Value.Trim() : null;
            var key = task.Value.Trim().ToLowerInvariant();
            return _tasks.TryGetValue(key, out var taskId) ? new NamedAgent(taskId, track, false)
                : _archived.TryGetValue(key, out var archivedId) ? new NamedAgent(archivedId, track, true)
                : null;
        }
    }

    private sealed record NamedAgent(string TaskId, string? Track, bool Archived);
}

/// <summary>Where one agent works, and the task and track its branch or config names.</summary>
/// <param name="Reference">What git compares with the base: the work tree's HEAD, or the remote branch's full name.</param>
/// <param name="TipTime">A remote branch's tip commit time (its artifacts' age); null for a work tree.</param>
/// <param name="Archived">True when the task it names is archived.</param>
internal sealed record AgentPlaceOf(AgentPlace Place, string Where, string? Branch, string Reference, string? TaskId, string? Track, DateTimeOffset? TipTime, bool Archived);
