namespace Harness.Core.Model.Git;

/// <summary>
/// Every question harness asks of git, each with a typed answer. Paths in answers are relative to the harness
/// repo (which may be a subfolder of the work tree); paths outside it are left out. The real git answers through
/// <see cref="GitProcessRepository"/>; tests answer with an in-memory fake.
/// </summary>
public interface IGitRepository
{
    /// <summary>The harness repo folder.</summary>
    string RepoRoot { get; }

    /// <summary>The top of the git work tree.</summary>
    string TopLevel { get; }

    /// <summary>The harness repo's path inside the work tree ("" at its top, "sample-repo/" below it).</summary>
    string Prefix { get; }

    /// <summary>The full hash of HEAD, or null in a repo with no commit yet.</summary>
    string? Head();

    /// <summary>
    /// The work tree's status as it is now: read fresh on every call, since a command (a verify run) may change
    /// the tree between two questions. A caller that needs one snapshot keeps the result.
    /// </summary>
    GitStatus Status();

    /// <summary>The newest commits (at most <paramref name="depth"/>) that touch the repo, newest first; none before the first commit.</summary>
    IReadOnlyList<GitCommit> RecentCommits(int depth);

    /// <summary>The full hash of the newest commit that touched <paramref name="path"/>, or null.</summary>
    string? LastCommitTouching(string path);

    /// <summary>Commits that touch any of <paramref name="pathspecs"/> (git pathspecs), newest first; null when git fails.</summary>
    IReadOnlyList<GitPathCommit>? CommitsTouching(IReadOnlyList<string> pathspecs);

    /// <summary>Names of the repo's files that differ between two revisions (commits or trees); null when git fails.</summary>
    IReadOnlyList<string>? ChangedNames(string from, string to);

    /// <summary>
    /// The work tree as it is now, tracked changes and untracked files git does not ignore included, written as a
    /// git tree object (through a temporary index: the real index is left alone); its full hash. Fails without a
    /// commit, or when git cannot write it. <see cref="ChangedNames"/> compares it with a commit as with another.
    /// </summary>
    GitAnswer<string> WorkTreeSnapshot();

    /// <summary>What the commits from <paramref name="mergeBase"/> to HEAD changed, renames found.</summary>
    GitAnswer<IReadOnlyList<GitDiffEntry>> CommittedSince(string mergeBase);

    /// <summary>What the index changes against HEAD, renames found.</summary>
    GitAnswer<IReadOnlyList<GitDiffEntry>> Staged();

    /// <summary>The commit a reference (branch, tag, hash) names, as a full hash; fails when git does not know it.</summary>
    GitAnswer<string> ResolveCommit(string reference);

    /// <summary>The best common ancestor of two commits; fails when they have none.</summary>
    GitAnswer<string> MergeBase(string commit, string other);

    /// <summary>
    /// A repo-relative file's text as a commit holds it, or as the index does when <paramref name="revision"/> is
    /// null; fails when that revision has no such file.
    /// </summary>
    GitAnswer<string> FileAt(string? revision, string path);

    /// <summary>True when <paramref name="revision"/> names a commit the repo holds.</summary>
    bool IsCommit(string revision);

    /// <summary>True when <paramref name="commit"/> is <paramref name="descendant"/> or one of its ancestors; false for an unknown commit.</summary>
    bool IsAncestor(string commit, string descendant);

    /// <summary>A config value, or null when it is unset or empty.</summary>
    string? ConfigValue(string key);

    /// <summary>A boolean config value as git reads booleans; false when unset.</summary>
    bool ConfigFlag(string key);

    /// <summary>
    /// Every config entry whose key starts with <paramref name="section"/> and a dot, in the order git reads them (the last
    /// entry of a key is the one in effect), each with the scope it was read from; empty when none is set.
    /// </summary>
    IReadOnlyList<GitConfigEntry> ConfigSection(string section);

    /// <summary>Sets a config value in the repo's own config or in this work tree's (config.worktree).</summary>
    GitAnswer<string> SetConfig(string key, string value, GitConfigScope scope);

    /// <summary>Removes a config value from the scope; succeeds when it was not set.</summary>
    GitAnswer<string> UnsetConfig(string key, GitConfigScope scope);

    /// <summary>True when the repository has linked work trees (`git worktree add`) beside its main one.</summary>
    bool HasLinkedWorktrees();

    /// <summary>The hooks folder as git names it, relative to the repo unless absolute.</summary>
    GitAnswer<string> HooksPath();

    /// <summary>Tracked files and untracked files git does not ignore, as listed (may repeat); null when git fails.</summary>
    IReadOnlyList<string>? ListFiles();

    /// <summary>The branch HEAD's branch tracks (such as origin/main), or null when it tracks none or HEAD is detached.</summary>
    string? Upstream();

    /// <summary>Commits reachable from <paramref name="reference"/> that HEAD lacks, newest first, with the repo files each touched.</summary>
    GitAnswer<IReadOnlyList<GitCommit>> CommitsMissingFromHead(string reference);

    /// <summary>The repo files a merge of <paramref name="reference"/> into HEAD would leave in conflict; none when it merges cleanly.</summary>
    GitAnswer<IReadOnlyList<string>> MergeConflicts(string reference);

    /// <summary>Every work tree of the repository, the main one first; fails when git cannot list them.</summary>
    GitAnswer<IReadOnlyList<GitWorktree>> Worktrees();

    /// <summary>Every local branch and remote-tracking branch (as fetched), in one call.</summary>
    GitAnswer<IReadOnlyList<GitBranch>> Branches();

    /// <summary>The commits <paramref name="reference"/> has that <paramref name="baseRef"/> lacks and the other way round, with their files.</summary>
    GitAnswer<GitDivergence> Divergence(string baseRef, string reference);

    /// <summary>
    /// Every commit reachable from any of <paramref name="references"/> and not from <paramref name="baseCommit"/>, with
    /// its parents and the repo files it touched, newest first, from one git call: all the agents' own work at once.
    /// </summary>
    GitAnswer<IReadOnlyList<GitGraphCommit>> CommitsBeyond(string baseCommit, IReadOnlyList<string> references);

    /// <summary>
    /// Adds a work tree at <paramref name="path"/> on <paramref name="branch"/>: a new branch started at
    /// <paramref name="startPoint"/>, or the existing branch when <paramref name="startPoint"/> is null.
    /// </summary>
    GitAnswer<string> AddWorktree(string path, string branch, string? startPoint);

    /// <summary>Those of <paramref name="paths"/> (repo files, taken literally) that git tracks; null when git fails.</summary>
    IReadOnlyList<string>? TrackedFiles(IReadOnlyList<string> paths);

    /// <summary>Moves tracked files into an existing folder as `git mv` does, each keeping its name; the renames are staged.</summary>
    GitAnswer<string> Move(IReadOnlyList<string> sources, string folder);

    /// <summary>Removes the work tree at <paramref name="path"/> (its branch stays); <paramref name="force"/> drops uncommitted changes.</summary>
    GitAnswer<string> RemoveWorktree(string path, bool force);
}
