namespace Harness.Core.Model.Git;

/// <summary>One entry of `git status --porcelain=v1`: its two status letters, its path, and a rename's source.</summary>
public sealed record GitStatusEntry(char Index, char Tree, string? Path, string? Source)
{
    /// <summary>The status codes git gives an unresolved merge conflict.</summary>
    public bool IsUnmerged => $"{Index}{Tree}" is "DD" or "AU" or "UD" or "UA" or "DU" or "AA" or "UU";
}

/// <summary>
/// The work tree's status from one `git status` call, paths relative to the harness repo (null when a path lies
/// outside it). It answers what is uncommitted and what is unmerged, so no command asks git twice.
/// </summary>
public sealed class GitStatus
{
    public GitStatus(IReadOnlyList<GitStatusEntry> entries, string? error = null)
    {
        Error = error;
        Entries = entries;
        Changed = entries.SelectMany(e => new[] { e.Path, e.Source }).OfType<string>().ToList();
        Unmerged = entries.Where(e => e.IsUnmerged).Select(e => e.Path).OfType<string>().ToList();
    }

    /// <summary>Reads `git status --porcelain=v1 -z`, each path turned relative to the harness repo.</summary>
    internal static GitStatus Parse(GitResult result, Func<string, string?> fromTopLevel)
    {
        if (!result.Ok)
        {
            return new GitStatus([], result.Error.Trim());
        }
        var entries = new List<GitStatusEntry>();
        var fields = result.Output.Split('\0', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < fields.Length; i++)
        {
            var field = fields[i];
            if (field.Length < 4)
            {
                continue;
            }
            // With -z, a rename or copy is followed by its source path as a field of its own.
            var source = field[0] is 'R' or 'C' && i + 1 < fields.Length ? fromTopLevel(fields[++i]) : null;
            entries.Add(new GitStatusEntry(field[0], field[1], fromTopLevel(field[3..]), source));
        }
        return new GitStatus(entries);
    }

    /// <summary>git's message when the status could not be read (the lists are then empty).</summary>
    public string? Error { get; }

    public IReadOnlyList<GitStatusEntry> Entries { get; }

    /// <summary>Every path with an uncommitted change (tracked changes, untracked files not ignored, both sides of a rename).</summary>
    public IReadOnlyList<string> Changed { get; }

    public IReadOnlyList<string> Unmerged { get; }
}
