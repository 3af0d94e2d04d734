using Harness.Core.Model.Artifacts;
using Harness.Core.Model.Assessment;
using Harness.Core.Model.CommandLine;
using Harness.Core.Model.Identity;
using Harness.Core.Model.State;
using Harness.Core.Model.Workspaces;

namespace Harness.Core.Restart;

/// <summary>
/// Builds the restart packet of one task from the workspace, reading each artifact once and asking git at
/// most for one log, one status, the conflicts and HEAD (and nothing when the repo is not in git).
/// </summary>
public static class RestartPacketBuilder
{
    public const string PlannerRole = IdentityResolver.PlannerRole;

    private static readonly string[] DefaultSteps =
    [
        "Read the plan (or brief) and the feature list; find your track, its owner and its owned files.",
        "Read the Progress Note: Current Goal, Decided, Open Questions, Next Step.",
        "Check the latest verify result and its freshness; rerun the verify when it is not current.",
        "Check what changed since the note: commits, uncommitted changes in owned files, newer handoffs.",
        "Take the Next Step as one work package; stop and report when it is done.",
    ];

    // A brief has no feature list, owned files or merge order: its agent is never sent to look for them.
    private static readonly string[] SingleAgentSteps =
    [
        "Read the brief: Goal, Scope, Deliverables, Acceptance Criteria and Verification.",
        "Read the Progress Note: Current Goal, Decided, Open Questions, Next Step.",
        "Check the latest verify result and its freshness; rerun the verify when it is not current.",
        "Take the Next Step as one work package; stop and report when it is done.",
    ];

    public static RestartPacket Build(Workspace workspace, RestartRequest request) =>
        Build(workspace, request, GitFacts.Started(workspace.Git));

    /// <summary>Builds the packet with git facts the caller started (before it opened the workspace).</summary>
    public static RestartPacket Build(Workspace workspace, RestartRequest request, GitFacts git)
    {
        var claims = SessionClaims.Read(IdentityOf(request), request.Environment ?? SessionEnvironment.Empty, () => git.SessionSettings);
        var identity = IdentityResolver.Resolve(workspace, claims, git, CommandWords.Current, listOthers: request.Current);
        var sources = new TaskState(workspace, identity.Task, git) { Track = identity.Track };
        sources.StartBaseCheck();
        var agent = identity.Agent;
        var inputs = PacketInputs.Collect(sources);
        var verify = VerifyResults.Collect(sources);
        var stops = StopConditions.Find(sources, inputs, verify);
        return new RestartPacket
        {
            TaskId = identity.Task.Id,
            SingleAgent = sources.SingleAgent,
            Agent = agent,
            PlannerByDefault = identity.PlannerByDefault,
            TrackChoices = identity.PlannerByDefault ? TrackChoices(sources) : [],
            OtherTasksInProgress = identity.OthersInProgress.Select(t => new OtherTask(t.Task.Id, t.Task.NotePath)).ToList(),
            Steps = sources.SingleAgent ? Defaults(SingleAgentSteps) : Steps(sources.Protocol),
            Inputs = inputs,
            CompactTracks = TrackLine.Compact(sources, verify),
            Verify = verify,
            Changes = NoteChanges.Collect(sources),
            Handoff = AddressedHandoff.Find(sources),
            OpenQuestions = OpenQuestions(sources),
            ApprovalGates = Approvals.Gates(sources),
            PendingApprovals = Approvals.Pending(sources).Select(p => p.ToLine()).ToList(),
            StopConditions = stops,
            ProtocolSections = ProtocolQuotes.Of(sources.Protocol),
            BaseCheck = sources.BaseCheck,
            SubTask = SubTaskHandOff.Of(sources),
            Assessment = agent.Role == PlannerRole ? Assessor.Assess(sources, verify, stops) : null,
        };
    }

    /// <summary>What the request says of the agent's identity, before any artifact is read.</summary>
    public static IdentityRequest IdentityOf(RestartRequest request) => new(request.TaskId, request.Track, request.Role);

    /// <summary>The tracks an agent picks its own from, as "A (coder-a)"; past ten, how many more (the prompt stays short).</summary>
    private static IReadOnlyList<string> TrackChoices(TaskState sources)
    {
        const int Shown = 10;
        var choices = sources.Tracks.Take(Shown).Select(t => $"{t.Id} ({t.Owner?.Unwrapped ?? "no owner"})").ToList();
        if (sources.Tracks.Count > Shown)
        {
            choices.Add($"{sources.Tracks.Count - Shown} more in {sources.FeatureListPath}");
        }
        return choices;
    }

    private static IReadOnlyList<PacketLine> Steps(RestartProtocol? protocol) =>
        protocol is { RestartSteps.Count: > 0 }
            ? protocol.RestartSteps.Select(PacketLine.Of).ToList()
            : Defaults(DefaultSteps);

    private static IReadOnlyList<PacketLine> Defaults(string[] steps) => steps.Select(s => new PacketLine(s, PacketLine.Defaults, 0)).ToList();

    private static IReadOnlyList<PacketLine> OpenQuestions(TaskState sources) =>
        (sources.Plan?.OpenQuestions ?? []).Concat(sources.Brief?.OpenQuestions ?? []).Concat(sources.Note?.OpenQuestions ?? [])
            .Select(PacketLine.Of).ToList();
}
