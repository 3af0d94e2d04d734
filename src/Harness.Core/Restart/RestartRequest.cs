using Harness.Core.Model.Identity;

namespace Harness.Core.Restart;

/// <summary>What `harness restart` was asked: one task (or the current one), for whom, and how strictly.</summary>
/// <param name="TaskId">The task id, or null with <paramref name="Current"/>.</param>
/// <param name="Current">No id given: the task the session names (HARNESS_TASK, git config harness.task), else the one whose
/// Progress Note is the newest among tasks in progress.</param>
/// <param name="Track">The track the agent works on (else the session's, else the note's front matter, else the one its role owns).</param>
/// <param name="Role">The role the agent plays (else the session's, else the owner's role).</param>
/// <param name="Environment">What the session's environment says about the agent (none when null).</param>
public sealed record RestartRequest(string? TaskId, bool Current, string? Track, string? Role, SessionEnvironment? Environment = null);
