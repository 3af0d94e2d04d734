using Harness.Core.Model.Artifacts;
using Harness.Core.Model.Assessment;
using Harness.Core.Model.CommandLine;
using Harness.Core.Model.State;
using Harness.Core.Model.Workspaces;

namespace Harness.Core.Restart;

/// <summary>
/// Builds the restart packet of one task from the workspace, reading each artifact once and asking git at
/// most for one log, one status, the conflicts and HEAD (and nothing when the repo is not in git).
/// </summary>
public static class RestartPacketBuilder
{
    public const string PlannerRole = "planner";

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

    public static RestartPacket Build(Workspace workspace, RestartRequest request)
    {
        var git = new GitFacts(workspace.Git);
        git.Prefetch();
        var task = request.Current ? CurrentTask.Find(workspace, git) : workspace.GetTask(request.TaskId!);
        var sources = new TaskState(workspace, task, git);
        sources.Track = SelectTrack(sources, request.Track);
        var agent = Identify(sources, request);
        var inputs = PacketInputs.Collect(sources);
        var verify = VerifyResults.Collect(sources);
        var stops = StopConditions.Find(sources, inputs, verify);
        return new RestartPacket
        {
            TaskId = task.Id,
            SingleAgent = sources.SingleAgent,
            Agent = agent,
            Steps = sources.SingleAgent ? Defaults(SingleAgentSteps) : Steps(sources.Protocol),
            Inputs = inputs,
            CompactTracks = TrackLine.Compact(sources, verify),
            Verify = verify,
            Changes = NoteChanges.Collect(sources),
            OpenQuestions = OpenQuestions(sources),
            ApprovalGates = Approvals.Gates(sources),
            PendingApprovals = Approvals.Pending(sources).Select(p => p.ToLine()).ToList(),
            StopConditions = stops,
            ProtocolSections = ProtocolQuotes.Of(sources.Protocol),
            BaseCheck = sources.BaseCheck,
            Assessment = agent.Role == PlannerRole ? Assessor.Assess(sources, verify, stops) : null,
        };
    }

    private static Track? SelectTrack(TaskState sources, string? requested)
    {
        if (requested is null)
        {
            return sources.NoteTrack;
        }
        if (sources.SingleAgent)
        {
            throw new HarnessInputException($"{CommandWords.Track}: {sources.Task.Id} is a single-agent task (a brief); it has no tracks");
        }
        var track = sources.FeatureList?.FindTrack(requested);
        if (track is null)
        {
            var known = sources.Tracks.Count == 0 ? "it has none" : string.Join(", ", sources.Tracks.Select(t => t.Id));
            throw new HarnessInputException($"{CommandWords.Track}: {sources.Task.Id} has no track '{requested}'; tracks: {known}");
        }
        return track;
    }

    private static AgentIdentity Identify(TaskState sources, RestartRequest request)
    {
        var requestedRole = request.Role;
        var track = sources.Track;
        var owner = track?.Owner?.Unwrapped ?? sources.Note?.Owner?.Unwrapped;
        if (requestedRole is not null)
        {
            var known = OwnerRoles.Standard.Concat(sources.Playbook?.Roles.Select(r => r.Text) ?? []).Distinct(StringComparer.Ordinal).ToList();
            var role = requestedRole.Trim().ToLowerInvariant();
            if (!known.Contains(role))
            {
                throw new HarnessInputException($"{CommandWords.Role}: unknown role '{requestedRole}'; known roles: {string.Join(", ", known)}");
            }
            return new AgentIdentity(track?.Id, track?.Title, owner, role, CommandWords.Role);
        }
        var source = track is null ? "no track named" : request.Track is not null ? CommandWords.Track : "the Progress Note's front matter";
        if (track is null && !sources.SingleAgent)
        {
            return new AgentIdentity(null, null, owner, PlannerRole, source);
        }
        var ownerRole = owner is null ? null : OwnerRoles.Of(owner).FirstOrDefault();
        return new AgentIdentity(track?.Id, track?.Title, owner, ownerRole ?? (sources.SingleAgent ? "coder" : "(owner unset)"), source);
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
