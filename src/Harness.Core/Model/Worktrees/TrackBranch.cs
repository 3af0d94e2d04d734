using System.Text.RegularExpressions;

namespace Harness.Core.Model.Worktrees;

/// <summary>A task and track a branch name stands for, as the branch writes them (lower case).</summary>
public sealed record TrackBranchName(string Task, string Track);

/// <summary>
/// The branch of a track's work tree: harness.yml's `worktreeBranch:` pattern (default `{task}/{track}`) with the
/// task id and track id filled in lower case (`feature-002/b`), and the way back from a branch name to its task
/// and track, so that `harness agents` knows a pushed branch it never made.
/// </summary>
public sealed class TrackBranch
{
    private readonly string _pattern;
    private readonly Regex _reader;

    public TrackBranch(string pattern)
    {
        _pattern = pattern;
        var escaped = Regex.Escape(pattern)
            .Replace(Regex.Escape("{task}"), "(?<task>[^/]+?)", StringComparison.Ordinal)
            .Replace(Regex.Escape("{track}"), "(?<track>[^/]+?)", StringComparison.Ordinal);
        _reader = new Regex($"\\A{escaped}\\z", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    public string Name(string taskId, string trackId) =>
        _pattern.Replace("{task}", taskId.ToLowerInvariant(), StringComparison.Ordinal)
            .Replace("{track}", trackId.ToLowerInvariant(), StringComparison.Ordinal);

    /// <summary>The task and track <paramref name="branch"/> names by the pattern, or null for any other branch.</summary>
    public TrackBranchName? Read(string branch)
    {
        var match = _reader.Match(branch);
        return match.Success ? new TrackBranchName(match.Groups["task"].Value, match.Groups["track"].Value) : null;
    }
}
