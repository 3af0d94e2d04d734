using Harness.Core.Model.Artifacts;
using Harness.Core.Model.Workspaces;

namespace Harness.Core.Model.Identity;

/// <summary>
/// Who the agent is, with the task and track themselves, and the other tasks in progress when no flag named the
/// task (so that a prompt for the newest one can say which others there are).
/// </summary>
public sealed record IdentityResolution(HarnessTask Task, Track? Track, AgentIdentity Agent, IReadOnlyList<TaskInProgress> OthersInProgress)
{
    /// <summary>True when the agent was told nothing and gets the planner's view by default, not by choice.</summary>
    public bool PlannerByDefault => Track is null && Agent.Role == IdentityResolver.PlannerRole && Agent.RoleSource == IdentityResolver.NoTrackNamed;
}
