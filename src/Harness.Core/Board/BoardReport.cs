using Harness.Core.Model.Artifacts;
using Harness.Core.Model.State;
using Harness.Core.Model.Workspaces;
using Harness.Core.Model.Evidence;
using Harness.Core.Model.Findings;
using Harness.Core.Model.Worktrees;

namespace Harness.Core.Board;

/// <summary>Where a track's work is seen: a work tree's folder or a fetched remote branch, and its branch.</summary>
public sealed record BoardWorktree(AgentPlace Place, string Where, string? Branch);

/// <summary>The newest artifact of a track and when it was written; <paramref name="Kind"/> is verify, note or handoff.</summary>
public sealed record BoardAge(string Kind, string? Path, DateTimeOffset Time, TimeSpan Age);

/// <summary>
/// One track as a card: its status (as written, and the kind it means), owner, verify badge, where its agent works,
/// how old its newest artifact is, the merge step it merges in and its dependency depth (0: it depends on nothing).
/// </summary>
public sealed record BoardCard(
    string TrackId,
    string Title,
    string? Status,
    TrackStatus Kind,
    string? Owner,
    VerifyState Verify,
    IReadOnlyList<BoardWorktree> Worktrees,
    BoardAge? Age,
    int? MergeStep,
    int Depth)
{
    /// <summary>The task this track hands its work to, rolled up (its status and verify are the card's), or null.</summary>
    public SubTaskStatus? SubTask { get; init; }
}

/// <summary>A dependency edge: <paramref name="Track"/> depends on <paramref name="DependsOn"/>.</summary>
public sealed record BoardEdge(string DependsOn, string Track);

/// <summary>One merge step: its number, phase, its Merge Order line without the phase, and the tracks that merge in it, side by side.</summary>
public sealed record BoardMergeStep(int Number, string Phase, string Detail, IReadOnlyList<string> Tracks);

/// <summary>
/// One task on the board: its cards, its merge order (or why it cannot be read; none for a single-agent task), its
/// dependency edges, and its Progress Note's status and Next Step, quoted as written.
/// </summary>
public sealed record BoardTask(
    string Id,
    bool LongRunning,
    IReadOnlyList<BoardCard> Cards,
    IReadOnlyList<BoardMergeStep> MergeOrder,
    IReadOnlyList<Diagnostic> MergeOrderProblems,
    IReadOnlyList<BoardEdge> Edges,
    string? NotePath,
    string? NoteStatus,
    string? NextStep);

/// <summary>
/// `harness board`: every task with its tracks as cards, their merge order and dependencies, and the conflicts
/// `harness agents` sees between the agents at work (each naming both sides and the file). No markup: the page is
/// the command line's.
/// </summary>
public sealed record BoardReport(DateTimeOffset Now, string? Base, IReadOnlyList<BoardTask> Tasks, IReadOnlyList<Diagnostic> Conflicts)
{
    /// <summary>Archived tasks (tasks/archive/), listed only when asked for.</summary>
    public IReadOnlyList<ArchivedTask> Archived { get; init; } = [];
}
