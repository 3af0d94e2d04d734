namespace Harness.Core.Model.Git.InProcess;

/// <summary>One entry of git's index: its path (from the work tree's top), mode, blob id, stat data and flags.</summary>
internal sealed record IndexEntry(string Path, uint Mode, byte[] ObjectId, StatData Stat, int Stage, bool AssumeValid,
    bool SkipWorktree, bool IntentToAdd)
{
    public bool IsGitlink => (Mode & StatData.TypeMask) == StatData.GitlinkType;

    public FileKind Kind => (Mode & StatData.TypeMask) == StatData.LinkType ? FileKind.Link : FileKind.Regular;
}

/// <summary>
/// `$GIT_DIR/index` as read: its version, entries in git's order, the cache-tree's root (null when the root is
/// invalid or absent), and whether it carries an extension git requires readers to understand (split index, sparse).
/// </summary>
internal sealed record GitIndex(int Version, IReadOnlyList<IndexEntry> Entries, byte[]? CacheTreeRoot, bool HasRequiredExtension);
