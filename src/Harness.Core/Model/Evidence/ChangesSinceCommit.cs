using Harness.Core.Model.Git;

namespace Harness.Core.Model.Evidence;

/// <summary>The files changed since a verify's commit: committed since it, and uncommitted now (untracked included).</summary>
public sealed record CodeChanges(IReadOnlyList<string> Committed, IReadOnlyList<string> Uncommitted);

/// <summary>
/// The one git question freshness asks: which files changed between a commit and HEAD, plus the uncommitted
/// changes; repo-relative. Answers are kept per commit, and the status is read once, so a command that judges
/// many records starts few git processes (none beyond the status when every record ran at HEAD).
/// </summary>
public sealed class ChangesSinceCommit
{
    private readonly IGitRepository? _git;
    private readonly Lazy<string?> _head;
    private readonly Lazy<IReadOnlyList<string>> _uncommitted;
    private readonly Dictionary<string, CodeChanges?> _byCommit = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public ChangesSinceCommit(IGitRepository? git)
    {
        _git = git;
        _head = new Lazy<string?>(() => _git?.Head());
        _uncommitted = new Lazy<IReadOnlyList<string>>(() => _git?.Status().Changed ?? []);
    }

    public bool HasGit => _git is not null;

    public string? Head => _head.Value;

    /// <summary>The changes since <paramref name="commit"/>; null without git, or when it is not an ancestor of HEAD.</summary>
    public CodeChanges? Since(string commit)
    {
        lock (_gate)
        {
            if (!_byCommit.TryGetValue(commit, out var changes))
            {
                changes = Read(commit);
                _byCommit[commit] = changes;
            }
            return changes;
        }
    }

    /// <summary>
    /// The changes since a dirty run's work tree: what differs between that tree and HEAD, plus every uncommitted
    /// change now (an uncommitted file may or may not be the one that ran: counted as changed); null without git
    /// or when git no longer knows the tree.
    /// </summary>
    public CodeChanges? SinceTree(string tree)
    {
        lock (_gate)
        {
            var key = "tree:" + tree;
            if (!_byCommit.TryGetValue(key, out var changes))
            {
                changes = _git is not null && Head is { } head && IsFullHash(tree) && _git.ChangedNames(tree, head) is { } differing
                    ? new CodeChanges(differing, _uncommitted.Value)
                    : null;
                _byCommit[key] = changes;
            }
            return changes;
        }
    }

    private CodeChanges? Read(string commit)
    {
        // A commit from a record is only ever a full hash: anything else (an option, a range) never reaches git.
        if (_git is null || Head is not { } head || !IsFullHash(commit))
        {
            return null;
        }
        if (commit == head)
        {
            return new CodeChanges([], _uncommitted.Value);
        }
        if (!_git.IsAncestor(commit, head) || _git.ChangedNames(commit, head) is not { } committed)
        {
            return null;
        }
        return new CodeChanges(committed, _uncommitted.Value);
    }

    private static bool IsFullHash(string commit) => commit.Length is 40 or 64 && commit.All(char.IsAsciiHexDigitLower);
}
