namespace Harness.Core.Model.Git;

/// <summary>One work tree of the repository as `git worktree list --porcelain` names it: its folder, HEAD and branch (null when detached).</summary>
/// <param name="Branch">The short branch name (`feature-002/b`), without refs/heads/.</param>
/// <param name="IsMain">True for the repository's main work tree (the first git lists).</param>
public sealed record GitWorktree(string Path, string? Head, string? Branch, bool IsMain, bool IsBare);

/// <summary>A branch as for-each-ref lists it: its full name, short name, tip and the tip's commit time.</summary>
/// <param name="Remote">The remote's name for a remote-tracking branch (refs/remotes/origin/x), else null.</param>
/// <param name="Name">The branch name without refs/heads/ or refs/remotes/REMOTE/.</param>
public sealed record GitBranch(string FullName, string? Remote, string Name, string Tip, DateTimeOffset Time);

/// <summary>
/// How a branch and its base went apart since their merge base: the commits on each side with the repo files each
/// touched (from one `git log --left-right`), so ahead, behind and both sides' files come from one git call.
/// </summary>
public sealed record GitDivergence(IReadOnlyList<GitCommit> Ahead, IReadOnlyList<GitCommit> Behind)
{
    /// <summary>The repo files the branch's own commits touched, each once, in order.</summary>
    public IReadOnlyList<string> AheadFiles => Ahead.SelectMany(c => c.Files).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>The repo files the base's commits since the merge base touched, each once.</summary>
    public IReadOnlyList<string> BehindFiles => Behind.SelectMany(c => c.Files).Distinct(StringComparer.Ordinal).ToList();
}

/// <summary>A commit with its parents' full hashes (none for a root commit), as a walk of the commit graph needs it.</summary>
public sealed record GitGraphCommit(GitCommit Commit, IReadOnlyList<string> Parents);

/// <summary>Reads `git worktree list --porcelain` and `for-each-ref` as <see cref="GitProcessRepository"/> asks for them.</summary>
internal static class GitWorktreeParser
{
    public static IReadOnlyList<GitWorktree> Worktrees(string output)
    {
        var trees = new List<GitWorktree>();
        foreach (var block in output.Replace("\r\n", "\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries))
        {
            string? path = null, head = null, branch = null;
            var bare = false;
            foreach (var line in block.Split('\n'))
            {
                if (line.StartsWith("worktree ", StringComparison.Ordinal))
                {
                    path = line["worktree ".Length..];
                }
                else if (line.StartsWith("HEAD ", StringComparison.Ordinal))
                {
                    head = line["HEAD ".Length..];
                }
                else if (line.StartsWith("branch ", StringComparison.Ordinal))
                {
                    branch = line["branch ".Length..];
                    branch = branch.StartsWith("refs/heads/", StringComparison.Ordinal) ? branch["refs/heads/".Length..] : branch;
                }
                else if (line == "bare")
                {
                    bare = true;
                }
            }
            if (path is not null)
            {
                trees.Add(new GitWorktree(path, head, branch, trees.Count == 0, bare));
            }
        }
        return trees;
    }

    /// <summary>Reads `for-each-ref --format=%(refname)%00%(objectname)%00%(committerdate:unix)`, one branch a line.</summary>
    public static IReadOnlyList<GitBranch> Branches(string output)
    {
        var branches = new List<GitBranch>();
        foreach (var line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = line.Split('\0');
            if (parts.Length < 3 || !long.TryParse(parts[2], out var seconds))
            {
                continue;
            }
            var full = parts[0];
            var time = DateTimeOffset.FromUnixTimeSeconds(seconds);
            if (full.StartsWith("refs/heads/", StringComparison.Ordinal))
            {
                branches.Add(new GitBranch(full, null, full["refs/heads/".Length..], parts[1], time));
            }
            else if (full.StartsWith("refs/remotes/", StringComparison.Ordinal))
            {
                var rest = full["refs/remotes/".Length..];
                var slash = rest.IndexOf('/', StringComparison.Ordinal);
                // refs/remotes/origin/HEAD is a pointer to another branch, not a branch of its own.
                if (slash > 0 && rest[(slash + 1)..] != "HEAD")
                {
                    branches.Add(new GitBranch(full, rest[..slash], rest[(slash + 1)..], parts[1], time));
                }
            }
        }
        return branches;
    }

    /// <summary>Reads `log --format=%x1e%H %P%x1f%ct%x1f%s --name-only`: the hash field holds the commit's hash, then its parents.</summary>
    public static IReadOnlyList<GitGraphCommit> GraphCommits(string output, Func<string, string?> fromTopLevel) =>
        GitLogParser.Commits(output, fromTopLevel).Select(c =>
        {
            var hashes = c.Hash.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return new GitGraphCommit(c with { Hash = hashes[0] }, hashes[1..]);
        }).ToList();

    /// <summary>Reads `log --left-right --format=%x1e%m%H%x1f%ct%x1f%s --name-only BASE...REF`: '&lt;' marks the base's commits.</summary>
    public static GitDivergence Divergence(string output, Func<string, string?> fromTopLevel)
    {
        var ahead = new List<GitCommit>();
        var behind = new List<GitCommit>();
        foreach (var commit in GitLogParser.Commits(output, fromTopLevel))
        {
            var side = commit.Hash.Length > 0 ? commit.Hash[0] : '>';
            var clean = commit with { Hash = commit.Hash[1..] };
            (side == '<' ? behind : ahead).Add(clean);
        }
        return new GitDivergence(ahead, behind);
    }
}
