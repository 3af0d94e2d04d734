namespace Harness.Core.Model.Identity;

/// <summary>
/// Who the agent is: its task, its track (none for the planner of the whole feature), its owner and role, each
/// with where it came from, so that a prompt can say "Track B (from git config harness.track)".
/// </summary>
/// <param name="Source">Where the track came from, or <see cref="IdentityResolver.NoTrackNamed"/>.</param>
public sealed record AgentIdentity(
    string TaskId,
    string TaskSource,
    string? Track,
    string? TrackTitle,
    string Source,
    string? Owner,
    string Role,
    string RoleSource);
