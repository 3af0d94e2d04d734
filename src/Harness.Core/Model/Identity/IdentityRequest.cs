namespace Harness.Core.Model.Identity;

/// <summary>What a command was told on its command line about the agent: a task id, a track, a role (each may be absent).</summary>
/// <param name="TaskWord">How a message names the missing task: the command's flag (`--current`) or "no task id".</param>
/// <param name="NeedsTrack">The command works on a track (see <see cref="IdentityResolver.Resolve(Workspaces.Workspace, SessionClaims, State.GitFacts, string, bool, bool)"/>).</param>
public sealed record IdentityRequest(string? TaskId, string? Track, string? Role, string TaskWord = "no task id given", bool NeedsTrack = false);
