namespace Harness.Core.Guard;

/// <summary>
/// One repo-relative path a change touched. A rename gives two: the new path (with <see cref="Other"/> the old
/// one) and the old path (with <see cref="Other"/> the new one), since leaving an area is a change to it too.
/// </summary>
public sealed record ChangedPath(string Path, ChangeKind Kind, string? Other = null)
{
    public string Describe() => Kind switch
    {
        ChangeKind.Added => "added",
        ChangeKind.Deleted => "deleted",
        ChangeKind.RenamedTo => $"renamed from {Other}",
        ChangeKind.RenamedFrom => $"renamed to {Other}",
        ChangeKind.Untracked => "untracked",
        ChangeKind.Given => "given",
        _ => "modified",
    };
}

public enum ChangeKind
{
    Modified,
    Added,
    Deleted,
    /// <summary>The new path of a rename or copy.</summary>
    RenamedTo,
    /// <summary>The old path of a rename.</summary>
    RenamedFrom,
    Untracked,
    /// <summary>A path given on the command line (--files).</summary>
    Given,
}
