using Harness.Core.Model.Assessment;
using Harness.Core.Model.Git;
using Harness.Core.Model.Identity;
using Harness.Core.Model.State;

namespace Harness.Core.Restart;

/// <summary>
/// Everything an agent needs to resume a task (contract, section 7), each piece quoted from its primary
/// artifact with path and line, and the stop conditions that hold. Built by <see cref="RestartPacketBuilder"/>.
/// </summary>
public sealed class RestartPacket
{
    public required string TaskId { get; init; }

    /// <summary>A single-agent task: its brief stands in for the plan; no feature list, no ownership.</summary>
    public required bool SingleAgent { get; init; }

    public required AgentIdentity Agent { get; init; }

    /// <summary>True when nothing named a track or a role: the planner's prompt by default, which says how to name one.</summary>
    public bool PlannerByDefault { get; init; }

    /// <summary>With <see cref="PlannerByDefault"/>, every track as "A (coder-a)": what the agent picks its own from.</summary>
    public IReadOnlyList<string> TrackChoices { get; init; } = [];

    /// <summary>With no task named, the other tasks in progress besides the one picked (newest note first).</summary>
    public IReadOnlyList<OtherTask> OtherTasksInProgress { get; init; } = [];

    /// <summary>The restart steps: the restart protocol's, else the contract's defaults.</summary>
    public required IReadOnlyList<PacketLine> Steps { get; init; }

    public required IReadOnlyList<PacketInput> Inputs { get; init; }

    /// <summary>With more than 20 tracks, every track but the current one in one line; empty otherwise.</summary>
    public required IReadOnlyList<TrackLine> CompactTracks { get; init; }

    public required IReadOnlyList<VerifyResult> Verify { get; init; }

    public required ChangesSinceNote Changes { get; init; }

    /// <summary>The latest handoff addressed to the restarting track or its owner, whatever the note's time; null for none.</summary>
    public HandoffQuote? Handoff { get; init; }

    public required IReadOnlyList<PacketLine> OpenQuestions { get; init; }

    /// <summary>The plan's Approval Gates: conditions that would need a person's approval, not requests waiting now.</summary>
    public required IReadOnlyList<PacketLine> ApprovalGates { get; init; }

    /// <summary>What waits for a person's approval now (see <see cref="Approvals.Pending"/>).</summary>
    public required IReadOnlyList<PacketLine> PendingApprovals { get; init; }

    public required IReadOnlyList<StopCondition> StopConditions { get; init; }

    /// <summary>The restart protocol's Live Checks, Stop Conditions, Handoff Contract and Restart Output, as written (see <see cref="ProtocolQuotes"/>).</summary>
    public required IReadOnlyList<PacketInput> ProtocolSections { get; init; }

    /// <summary>What the base branch holds that HEAD lacks, for a track's agent; null for the planner and a brief.</summary>
    public BaseBranchCheck? BaseCheck { get; init; }

    /// <summary>The sub-task the agent's track hands its work to, or null (issue 18: the agent restarts that task instead).</summary>
    public SubTaskHandOff? SubTask { get; init; }

    /// <summary>For the planner: whether to split the task across agents, and why (`harness assess`); else null.</summary>
    public TaskAssessment? Assessment { get; init; }

    public bool IsComplete => StopConditions.Count == 0;
}

/// <summary>Another task in progress, and its Progress Note.</summary>
public sealed record OtherTask(string Id, string NotePath);

/// <summary>What happened since the Progress Note was last written.</summary>
/// <param name="NoteTime">When the note was last written, or null without a note.</param>
/// <param name="NoteCommit">The newest commit that touched the note, or null.</param>
/// <param name="Commits">Commits after <paramref name="NoteCommit"/>, newest first (none when it is null).</param>
/// <param name="UncommittedOwned">Uncommitted changes in the owned files (of the track, or of every track).</param>
/// <param name="NewerHandoffs">Handoffs written after the note, oldest first (<see cref="HandoffOrder"/>).</param>
public sealed record ChangesSinceNote(
    bool HasGit,
    ArtifactTime? NoteTime,
    GitCommit? NoteCommit,
    IReadOnlyList<GitCommit> Commits,
    IReadOnlyList<string> UncommittedOwned,
    IReadOnlyList<HandoffEntry> NewerHandoffs);
