using Harness.Core.Model.Git;

namespace Harness.Core.Tests.Support;

/// <summary>One commit the fake holds: what it changed, as `git diff --name-status` would say it.</summary>
public sealed record FakeCommit(string Hash, DateTimeOffset Time, string Subject, IReadOnlyList<GitDiffEntry> Changes)
{
    public IReadOnlyList<string> Files => Changes.SelectMany(c => new[] { c.Source, c.Path }).OfType<string>().ToList();
}

/// <summary>
/// git in memory, for unit tests of the services: a test sets HEAD's history (commits added oldest first), the
/// status, the index, config values, references and merge bases, and every query answers from them.
/// </summary>
public sealed class FakeGitRepository(string repoRoot) : IGitRepository
{
    private readonly List<FakeCommit> _newestFirst = [];

    public string RepoRoot { get; } = repoRoot;

    public string TopLevel => RepoRoot;

    public string Prefix => "";

    public List<GitStatusEntry> StatusEntries { get; } = [];

    public List<GitDiffEntry> StagedEntries { get; } = [];

    /// <summary>The repository's config (scope local).</summary>
    public Dictionary<string, string> Config { get; } = new(StringComparer.Ordinal);

    /// <summary>This work tree's own config (scope worktree), read after the repository's as git reads it.</summary>
    public Dictionary<string, string> WorktreeConfig { get; } = new(StringComparer.Ordinal);

    /// <summary>Whether `git worktree add` made other work trees beside this one.</summary>
    public bool LinkedWorktrees { get; set; }

    /// <summary>Branch and tag names, each to the full hash it names.</summary>
    public Dictionary<string, string> References { get; } = new(StringComparer.Ordinal);

    /// <summary>Merge bases, keyed by the two commits in the order asked.</summary>
    public Dictionary<(string, string), string> MergeBases { get; } = [];

    public List<string>? Files { get; set; }

    /// <summary>The branch HEAD's branch tracks, or null.</summary>
    public string? UpstreamBranch { get; set; }

    /// <summary>Commits a reference (by the hash it resolves to) holds that HEAD lacks, newest first.</summary>
    public Dictionary<string, List<GitCommit>> MissingFromHead { get; } = new(StringComparer.Ordinal);

    /// <summary>The files a merge of a reference (by its hash) into HEAD would leave in conflict.</summary>
    public Dictionary<string, List<string>> Conflicts { get; } = new(StringComparer.Ordinal);

    /// <summary>Files' texts by revision ("" for the index) and repo-relative path, as <see cref="FileAt"/> answers them.</summary>
    public Dictionary<(string Revision, string Path), string> FileTexts { get; } = [];

    /// <summary>What <see cref="WorkTreeSnapshot"/> answers: a tree hash, or null when git cannot write one.</summary>
    public string? SnapshotTree { get; set; }

    /// <summary>Snapshot trees by hash, each with the files it differs in from HEAD as the fake holds HEAD now.</summary>
    public Dictionary<string, List<string>> TreeDiffersFromHead { get; } = new(StringComparer.Ordinal);

    /// <summary>Adds a commit on top of HEAD that modifies <paramref name="files"/>; returns its hash.</summary>
    public string Commit(DateTimeOffset time, string subject, params string[] files) =>
        Commit(time, subject, files.Select(f => new GitDiffEntry('M', f)).ToArray());

    public string Commit(DateTimeOffset time, string subject, params GitDiffEntry[] changes)
    {
        var hash = Convert.ToHexString(Guid.NewGuid().ToByteArray()).ToLowerInvariant() + "00000000";
        _newestFirst.Insert(0, new FakeCommit(hash, time, subject, changes));
        return hash;
    }

    public string? Head() => _newestFirst.Count > 0 ? _newestFirst[0].Hash : null;

    public GitStatus Status() => new([.. StatusEntries]);

    public IReadOnlyList<GitCommit> RecentCommits(int depth) =>
        _newestFirst.Take(depth).Select(c => new GitCommit(c.Hash, c.Time, c.Subject, c.Files)).ToList();

    public string? LastCommitTouching(string path) => _newestFirst.FirstOrDefault(c => c.Files.Contains(path))?.Hash;

    /// <summary>Matches a pathspec as a file or a folder (with or without the ":(glob)" magic); no wildcards.</summary>
    public IReadOnlyList<GitPathCommit>? CommitsTouching(IReadOnlyList<string> pathspecs)
    {
        var specs = pathspecs.Select(p => p.Replace(":(glob)", "", StringComparison.Ordinal)).ToList();
        bool Matches(string file) => specs.Any(s => file == s || file.StartsWith(s + "/", StringComparison.Ordinal));
        return _newestFirst.Where(c => c.Files.Any(Matches))
            .Select(c => new GitPathCommit(c.Hash[..7], c.Time.UtcDateTime.ToString("yyyy-MM-dd"), c.Files)).ToList();
    }

    public IReadOnlyList<string>? ChangedNames(string from, string to) =>
        TreeDiffersFromHead.TryGetValue(from, out var files) && Resolve(to) == Head() ? [.. files]
        : Between(from, to)?.SelectMany(c => c.Files).Distinct(StringComparer.Ordinal).ToList();

    public GitAnswer<string> WorkTreeSnapshot() =>
        SnapshotTree is { } tree ? GitAnswer<string>.Of(tree) : GitAnswer<string>.Failed("fatal: git-write-tree: error building trees");

    public GitAnswer<IReadOnlyList<GitDiffEntry>> CommittedSince(string mergeBase) =>
        Between(mergeBase, "HEAD") is { } commits
            ? GitAnswer<IReadOnlyList<GitDiffEntry>>.Of(commits.AsEnumerable().Reverse().SelectMany(c => c.Changes).ToList())
            : GitAnswer<IReadOnlyList<GitDiffEntry>>.Failed($"fatal: bad revision '{mergeBase}..HEAD'");

    public GitAnswer<IReadOnlyList<GitDiffEntry>> Staged() => GitAnswer<IReadOnlyList<GitDiffEntry>>.Of([.. StagedEntries]);

    public GitAnswer<string> ResolveCommit(string reference) =>
        References.TryGetValue(reference, out var hash) ? GitAnswer<string>.Of(hash)
        : IsCommit(reference) ? GitAnswer<string>.Of(reference)
        : GitAnswer<string>.Failed("");

    public GitAnswer<string> MergeBase(string commit, string other) =>
        MergeBases.TryGetValue((commit, Resolve(other)), out var hash) ? GitAnswer<string>.Of(hash) : GitAnswer<string>.Failed("");

    public GitAnswer<string> FileAt(string? revision, string path) =>
        FileTexts.TryGetValue((revision is null ? "" : Resolve(revision), path), out var text)
            ? GitAnswer<string>.Of(text)
            : GitAnswer<string>.Failed($"fatal: path '{path}' does not exist in '{revision}'");

    public bool IsCommit(string revision) => _newestFirst.Any(c => c.Hash == revision);

    public bool IsAncestor(string commit, string descendant) => Between(commit, descendant) is not null;

    public string? ConfigValue(string key) => Config.TryGetValue(key, out var value) && value.Trim().Length > 0 ? value.Trim() : null;

    public bool ConfigFlag(string key) => Config.TryGetValue(key, out var value) && value is "true" or "yes" or "on" or "1";

    public IReadOnlyList<GitConfigEntry> ConfigSection(string section) =>
        Config.Select(e => new GitConfigEntry("local", e.Key, e.Value))
            .Concat(WorktreeConfig.Select(e => new GitConfigEntry("worktree", e.Key, e.Value)))
            .Where(e => e.Key.StartsWith(section + ".", StringComparison.Ordinal)).ToList();

    public GitAnswer<string> SetConfig(string key, string value, GitConfigScope scope)
    {
        if (scope == GitConfigScope.Worktree && LinkedWorktrees && !ConfigFlag("extensions.worktreeConfig"))
        {
            return GitAnswer<string>.Failed("fatal: --worktree cannot be used with multiple working trees unless the config extension worktreeConfig is enabled");
        }
        ConfigOf(scope)[key] = value;
        return GitAnswer<string>.Of("");
    }

    public GitAnswer<string> UnsetConfig(string key, GitConfigScope scope)
    {
        ConfigOf(scope).Remove(key);
        return GitAnswer<string>.Of("");
    }

    public bool HasLinkedWorktrees() => LinkedWorktrees;

    /// <summary>Without the worktreeConfig extension, `--worktree` is the repository's config, as git has it.</summary>
    private Dictionary<string, string> ConfigOf(GitConfigScope scope) =>
        scope == GitConfigScope.Worktree && ConfigFlag("extensions.worktreeConfig") ? WorktreeConfig : Config;

    public GitAnswer<string> HooksPath() => GitAnswer<string>.Of(".git/hooks");

    public IReadOnlyList<string>? ListFiles() => Files;

    public string? Upstream() => UpstreamBranch;

    public GitAnswer<IReadOnlyList<GitCommit>> CommitsMissingFromHead(string reference) =>
        GitAnswer<IReadOnlyList<GitCommit>>.Of(MissingFromHead.TryGetValue(reference, out var commits) ? commits : []);

    /// <summary>What git says when it cannot try a merge (an old git); null: it can.</summary>
    public string? MergeError { get; set; }

    public GitAnswer<IReadOnlyList<string>> MergeConflicts(string reference) =>
        MergeError is not null ? GitAnswer<IReadOnlyList<string>>.Failed(MergeError)
        : GitAnswer<IReadOnlyList<string>>.Of(Conflicts.TryGetValue(reference, out var files) ? files : []);

    /// <summary>The work trees `Worktrees()` lists, the main one first; empty: the repo alone.</summary>
    public List<GitWorktree> WorktreeList { get; } = [];

    /// <summary>The branches `Branches()` lists.</summary>
    public List<GitBranch> BranchList { get; } = [];

    /// <summary>What `Divergence(base, reference)` answers, by reference; none: nothing on either side.</summary>
    public Dictionary<string, GitDivergence> Divergences { get; } = new(StringComparer.Ordinal);

    /// <summary>Every `AddWorktree` and `RemoveWorktree` asked, as `add PATH BRANCH START` / `remove PATH force`.</summary>
    public List<string> WorktreeCalls { get; } = [];

    public GitAnswer<IReadOnlyList<GitWorktree>> Worktrees() =>
        GitAnswer<IReadOnlyList<GitWorktree>>.Of(WorktreeList.Count > 0 ? [.. WorktreeList] : [new GitWorktree(RepoRoot, Head(), "main", true, false)]);

    public GitAnswer<IReadOnlyList<GitBranch>> Branches() => GitAnswer<IReadOnlyList<GitBranch>>.Of([.. BranchList]);

    public GitAnswer<GitDivergence> Divergence(string baseRef, string reference) =>
        GitAnswer<GitDivergence>.Of(Divergences.TryGetValue(reference, out var divergence) ? divergence : new GitDivergence([], []));

    public GitAnswer<string> AddWorktree(string path, string branch, string? startPoint)
    {
        WorktreeCalls.Add($"add {path} {branch} {startPoint ?? "(existing)"}");
        return GitAnswer<string>.Of("");
    }

    /// <summary>The files the fake's index holds, for TrackedFiles; Move moves them and records each call.</summary>
    public HashSet<string> TrackedPaths { get; } = new(StringComparer.Ordinal);

    public List<(IReadOnlyList<string> Sources, string Folder)> Moves { get; } = [];

    public IReadOnlyList<string>? TrackedFiles(IReadOnlyList<string> paths) =>
        paths.Where(p => TrackedPaths.Any(t => t == p || t.StartsWith(p.TrimEnd('/') + "/", StringComparison.Ordinal)))
            .SelectMany(p => TrackedPaths.Where(t => t == p || t.StartsWith(p.TrimEnd('/') + "/", StringComparison.Ordinal)))
            .Distinct(StringComparer.Ordinal).ToList();

    public GitAnswer<string> Move(IReadOnlyList<string> sources, string folder)
    {
        Moves.Add((sources, folder));
        foreach (var source in sources)
        {
            TrackedPaths.Remove(source);
            TrackedPaths.Add($"{folder}/{source[(source.LastIndexOf('/') + 1)..]}");
            File.Move(Path.Combine(RepoRoot, source), Path.Combine(RepoRoot, folder, Path.GetFileName(source)));
        }
        return GitAnswer<string>.Of("");
    }

    /// <summary>What CommitsBeyond answers (in-memory repos keep no commit graph); unset, it fails and callers ask Divergence.</summary>
    public List<GitGraphCommit>? GraphBeyondBase { get; set; }

    public GitAnswer<IReadOnlyList<GitGraphCommit>> CommitsBeyond(string baseCommit, IReadOnlyList<string> references) =>
        GraphBeyondBase is { } graph ? GitAnswer<IReadOnlyList<GitGraphCommit>>.Of([.. graph]) : GitAnswer<IReadOnlyList<GitGraphCommit>>.Failed("no commit graph in the fake");

    public GitAnswer<string> RemoveWorktree(string path, bool force)
    {
        WorktreeCalls.Add($"remove {path} {force}");
        return GitAnswer<string>.Of("");
    }

    private string Resolve(string revision) => revision == "HEAD" ? Head() ?? revision : revision;

    /// <summary>The commits after <paramref name="from"/> up to <paramref name="to"/>, newest first; null when either is unknown.</summary>
    private List<FakeCommit>? Between(string from, string to)
    {
        var end = _newestFirst.FindIndex(c => c.Hash == Resolve(to));
        var start = _newestFirst.FindIndex(c => c.Hash == Resolve(from));
        return end < 0 || start < 0 || start < end ? null : _newestFirst.GetRange(end, start - end);
    }
}
