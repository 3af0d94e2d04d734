namespace Harness.Core.Model.Identity;

/// <summary>How strongly a claim about the agent was made: a flag beats the environment, which beats git config, which beats the note.</summary>
public enum ClaimRank
{
    Flag,
    Environment,
    GitConfig,
    ProgressNote,
}

/// <summary>One thing said about who the agent is (a task id, a track, a role), and where it was said.</summary>
/// <param name="Source">Where it came from, as the outputs name it: `--track`, `git config harness.track`.</param>
public sealed record Claim(string Value, string Source, ClaimRank Rank);
