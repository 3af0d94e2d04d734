using Harness.Core.Model.CommandLine;
using Harness.Core.Model.State;
using Harness.Core.Model.Workspaces;

namespace Harness.Core.Model.Identity;

/// <summary>
/// The one resolution of who the agent is, shared by restart, the session-start and pre-commit hooks, guard, note,
/// handoff and MCP. Each part is taken from the first place that says it: the command's flags, then HARNESS_TASK /
/// HARNESS_TRACK / HARNESS_ROLE, then git config harness.task / harness.track / harness.role (this work tree's where
/// set so), then the Progress Note (the newest in-progress one for the task, its front matter's `track:`).
/// </summary>
public static class IdentityResolver
{
    public const string PlannerRole = "planner";
    public const string NoTrackNamed = "no track named";

    /// <summary>
    /// Who the agent of a command is that named what <paramref name="request"/> holds and reads the session's environment
    /// and git config for the rest (guard, note, handoff). Git is asked for the config, and for the log only when the newest
    /// note must be dated.
    /// </summary>
    public static IdentityResolution Resolve(Workspace workspace, IdentityRequest request, SessionEnvironment environment) =>
        Resolve(workspace, SessionClaims.Read(request, environment, workspace.Git), new GitFacts(workspace.Git), request.TaskWord, needsTrack: request.NeedsTrack);

    /// <summary>The one-line account of where the task and track came from, for a command that did not get them as flags.</summary>
    public static string Describe(AgentIdentity agent) =>
        agent.Track is null
            ? $"task {agent.TaskId} from {agent.TaskSource}, no track named"
            : $"task {agent.TaskId} from {agent.TaskSource}, Track {agent.Track} from {agent.Source}";

    /// <summary>The track of a command that works on one (guard, handoff); an input error saying how to name one otherwise.</summary>
    public static string RequireTrack(IdentityResolution identity, string command)
    {
        if (identity.Agent.Track is { } track)
        {
            return track;
        }
        // A session that chose to be the planner works as the planner, whose files guard knows (plan, feature list).
        if (identity.Agent.Role == PlannerRole && !identity.PlannerByDefault)
        {
            return PlannerRole;
        }
        var tracks = identity.Task.FeatureList?.Tracks.Select(t => t.Id).ToList() ?? [];
        var known = tracks.Count == 0 ? "it has none" : string.Join(", ", tracks);
        throw new HarnessInputException(
            $"{command} needs a track and none is named for {identity.Task.Id} (no {CommandWords.Track}, {SessionEnvironment.TrackVariable}, " +
            $"git config {SessionConfig.TrackKey} or note front matter); name it with {CommandWords.Track} T or `{CommandWords.Start(identity.Task.Id, "T")}`; tracks: {known}");
    }

    /// <param name="listOthers">Also list the other tasks in progress when no flag named the task (restart --current).</param>
    /// <param name="needsTrack">The command works on a track (guard, the pre-commit hook, handoff): when only the notes can
    /// say, the newest in-progress note that names a track in its front matter is the one, else the newest.</param>
    public static IdentityResolution Resolve(Workspace workspace, SessionClaims claims, GitFacts git, string taskWord, bool listOthers = false,
        bool needsTrack = false)
    {
        var claim = claims.Task;
        IReadOnlyList<TaskInProgress>? inProgress = null;
        HarnessTask task;
        string taskSource;
        if (claim is null)
        {
            inProgress = CurrentTask.InProgress(workspace, git);
            var naming = needsTrack && claims.ReadsNote ? inProgress.Where(t => t.Task.Note?.Track is not null).ToList() : [];
            task = CurrentTask.Newest(workspace, naming.Count > 0 ? naming : inProgress, taskWord).Task;
            taskSource = $"the newest in-progress Progress Note, {task.NotePath}";
        }
        else
        {
            task = claim.Rank == ClaimRank.Flag ? workspace.GetTask(claim.Value) : NamedTask(workspace, claim);
            taskSource = claim.Source;
        }
        var others = listOthers && claim?.Rank != ClaimRank.Flag
            ? (inProgress ?? CurrentTask.InProgress(workspace, git)).Where(t => t.Task.Id != task.Id).ToList()
            : [];
        var choice = TrackChoice.Choose(workspace, task, claims);
        var track = choice.Track;
        var owner = track?.Owner?.Unwrapped ?? (track is null ? task.Note?.Owner?.Unwrapped : null);
        var agent = new AgentIdentity(task.Id, taskSource, track?.Id, track?.Title, choice.TrackSource, owner, choice.Role, choice.RoleSource);
        return new IdentityResolution(task, track, agent, others);
    }

    /// <summary>A task named by the environment or git config: an id that names no task says where it was set and how to fix it.</summary>
    private static HarnessTask NamedTask(Workspace workspace, Claim claim)
    {
        if (workspace.FindTask(claim.Value) is { } task)
        {
            return task;
        }
        var known = workspace.TaskIds.Count == 0 ? "there are none yet" : string.Join(", ", workspace.TaskIds);
        var fix = claim.Rank == ClaimRank.Environment
            ? $"set {SessionEnvironment.TaskVariable} to one of them, or unset it"
            : $"run `{CommandWords.Start("ID")}` with one of them, or `{CommandWords.StartClear}`";
        throw new HarnessInputException($"{claim.Source}: unknown task id '{claim.Value}' in {workspace.Root}; tasks here: {known}; fix: {fix}");
    }
}
