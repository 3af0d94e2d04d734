namespace Harness.Core.Restart;

/// <summary>What `harness restart` was asked: one task (or the current one), for whom, and how strictly.</summary>
/// <param name="TaskId">The task id, or null with <paramref name="Current"/>.</param>
/// <param name="Current">Pick the task whose Progress Note is the newest among tasks in progress.</param>
/// <param name="Track">The track the agent works on (else the note's front matter names it, else none).</param>
/// <param name="Role">The role the agent plays (else the owner's role).</param>
public sealed record RestartRequest(string? TaskId, bool Current, string? Track, string? Role);
