namespace Harness.Core.Model.Git;

/// <summary>
/// A git answer that may fail: the value, or git's message (trimmed). <see cref="NotInstalled"/> when there was
/// no git to start at all, which a caller says as such rather than as a git answer.
/// </summary>
public sealed record GitAnswer<T>(T? Value, string? Error, bool NotInstalled = false)
    where T : class
{
    public bool Ok => Error is null;

    public static GitAnswer<T> Of(T value) => new(value, null);

    public static GitAnswer<T> Failed(string error, bool notInstalled = false) => new(null, error, notInstalled);
}

/// <summary>One commit of the log: full hash, commit time, subject and the repo's files it changed.</summary>
public sealed record GitCommit(string Hash, DateTimeOffset Time, string Subject, IReadOnlyList<string> Files)
{
    /// <summary>The hash as restart and status show it: its first 12 digits.</summary>
    public string ShortHash => Hash.Length > 12 ? Hash[..12] : Hash;
}

/// <summary>One commit touching given paths: short hash, commit date (yyyy-MM-dd) and the repo's files it changed.</summary>
public sealed record GitPathCommit(string ShortHash, string Date, IReadOnlyList<string> Files);

/// <summary>
/// One entry of `git diff --name-status`: its status letter (A, D, M, R, C, ...), its path, and a rename's or
/// copy's source; a path outside the repo is null.
/// </summary>
public sealed record GitDiffEntry(char Status, string? Path, string? Source = null);

/// <summary>
/// One config entry as git read it: the scope it came from (system, global, local, worktree, command), its key in
/// git's lower case, and its value.
/// </summary>
public sealed record GitConfigEntry(string Scope, string Key, string Value);

/// <summary>Where harness writes a config value: the repository's config, or the config of this work tree alone.</summary>
public enum GitConfigScope
{
    Local,
    Worktree,
}
