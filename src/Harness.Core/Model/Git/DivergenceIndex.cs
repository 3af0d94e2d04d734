namespace Harness.Core.Model.Git;

/// <summary>
/// The divergence of many branch tips from one base, read from a single log of every commit beyond the base
/// (<see cref="IGitRepository.CommitsBeyond"/>) instead of one git call per tip. A tip is answered only where the walk
/// is sure: its commits beyond the base are its own (ahead), and when every commit it reaches leaves the graph at the
/// base itself, the base holds nothing it lacks (none behind). Any other tip (the base moved on since it left, a merge on
/// the way, a tip the base already holds) gets null, and the caller asks git for that tip alone.
/// </summary>
public sealed class DivergenceIndex
{
    private readonly string _base;
    private readonly Dictionary<string, (GitGraphCommit Commit, int Order)> _beyond;

    public DivergenceIndex(string baseCommit, IReadOnlyList<GitGraphCommit> beyond)
    {
        _base = baseCommit;
        _beyond = new Dictionary<string, (GitGraphCommit, int)>(StringComparer.Ordinal);
        for (var i = 0; i < beyond.Count; i++)
        {
            _beyond.TryAdd(beyond[i].Commit.Hash, (beyond[i], i));
        }
    }

    /// <summary>The tip's divergence when the log alone tells it, else null (ask <see cref="IGitRepository.Divergence"/>).</summary>
    public GitDivergence? Of(string tip)
    {
        if (tip == _base)
        {
            return new GitDivergence([], []);
        }
        if (!_beyond.ContainsKey(tip))
        {
            return null;
        }
        var ahead = new List<(GitCommit Commit, int Order)>();
        var seen = new HashSet<string>(StringComparer.Ordinal) { tip };
        var pending = new Stack<string>([tip]);
        while (pending.TryPop(out var hash))
        {
            var (commit, order) = _beyond[hash];
            // A merge's files are not in the log (git shows none for a merge), and a one-parent walk is what
            // `git log BASE...TIP -- .` counts exactly: a commit that touches the repo.
            if (commit.Parents.Count != 1)
            {
                return null;
            }
            if (commit.Commit.Files.Count > 0)
            {
                ahead.Add((commit.Commit, order));
            }
            var parent = commit.Parents[0];
            if (_beyond.ContainsKey(parent))
            {
                if (seen.Add(parent))
                {
                    pending.Push(parent);
                }
            }
            else if (parent != _base)
            {
                return null;
            }
        }
        return new GitDivergence(ahead.OrderBy(a => a.Order).Select(a => a.Commit).ToList(), []);
    }
}
