namespace Harness.Core.Guard;

/// <summary>
/// Which changes guard checks: committed since the merge base with <see cref="BaseRef"/> (plus the staged
/// ones when <see cref="Staged"/> is also set), only the staged ones, the given <see cref="Files"/>, or (none
/// of them) everything not yet committed: staged, unstaged and untracked files git does not ignore.
/// </summary>
public sealed record GuardScope(string? BaseRef, bool Staged, IReadOnlyList<string> Files)
{
    public static GuardScope Uncommitted { get; } = new(null, false, []);

    public string Describe() => (BaseRef, Staged, Files.Count) switch
    {
        (_, _, > 0) => "the given files",
        ({ } reference, true, _) => $"commits since the merge base with {reference}, and staged changes",
        ({ } reference, false, _) => $"commits since the merge base with {reference}",
        (null, true, _) => "staged changes",
        _ => "uncommitted changes (staged, unstaged and untracked)",
    };
}
