using Harness.Core.Model.Evidence;
using Harness.Core.Model.Findings;

namespace Harness.Core.Model.Worktrees;

/// <summary>Where an agent's work is seen: a work tree of this repository, or a track branch pushed to a remote and fetched.</summary>
public enum AgentPlace
{
    Worktree,
    RemoteBranch,
}

/// <summary>An artifact's path and when it was last written (its file's time in a work tree, its last commit's on a pushed branch).</summary>
public sealed record ArtifactStamp(string Path, DateTimeOffset Time);

/// <summary>
/// One agent at work as `harness agents` sees it: where, on which branch, for which task and track, how far its branch
/// went from the base, what it changed, and its latest verify, note and handoff.
/// </summary>
/// <param name="Where">The work tree's folder, or the remote-tracking branch (`origin/feature-002/b`).</param>
/// <param name="TaskId">The task, or null when neither the branch name nor the work tree's config names one.</param>
/// <param name="Committed">Repo files the branch's own commits changed since it left the base.</param>
/// <param name="Uncommitted">Repo files changed in the work tree and not committed (none for a pushed branch).</param>
/// <param name="Problem">Why part of the view is missing (git could not compare the branch with the base), else null.</param>
public sealed record AgentView(
    AgentPlace Place,
    string Where,
    string? Branch,
    string? TaskId,
    string? Track,
    string? Owner,
    string? TrackStatus,
    int Ahead,
    int Behind,
    IReadOnlyList<string> Committed,
    IReadOnlyList<string> Uncommitted,
    IReadOnlyList<string> BaseMoved,
    VerifyState Verify,
    string VerifyReason,
    ArtifactStamp? Note,
    ArtifactStamp? Handoff,
    string? Problem)
{
    /// <summary>True when the agent's task is archived (tasks/archive/): listed only when asked for every agent.</summary>
    public bool Archived { get; init; }

    /// <summary>The track that hands its work to the agent's task as a sub-task (the first, by task id), or null.</summary>
    public SubTaskParent? Parent { get; init; }

    /// <summary>Every file the agent changed since the base, committed or not, each once.</summary>
    public IReadOnlyList<string> Changed => Committed.Concat(Uncommitted).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>How messages name the agent: `work tree ../shop-feature-002-b (FEATURE-002 Track B)`.</summary>
    public string Label =>
        $"{(Place == AgentPlace.Worktree ? "work tree" : "pushed branch")} {Where}{(TaskId is null ? "" : $" ({TaskId}{(Track is null ? "" : $" Track {Track}")})")}";
}

/// <summary>The task and track whose Sub-task names an agent's task: the planner above the agent.</summary>
public sealed record SubTaskParent(string TaskId, string Track);

/// <summary>
/// Every agent at work in the repository and its fetched remotes, compared with one base, and the conflicts between
/// them that git would meet at the merge (findings, each naming both sides and the file).
/// </summary>
public sealed record AgentsReport(string Base, string BaseSource, string BaseCommit, DateTimeOffset Now, IReadOnlyList<AgentView> Agents,
    IReadOnlyList<Diagnostic> Conflicts);
