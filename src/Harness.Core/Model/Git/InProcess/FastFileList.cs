namespace Harness.Core.Model.Git.InProcess;

/// <summary>
/// `git ls-files -z --cached --others --exclude-standard`, run in the folder <c>prefix</c> of the work tree, read in
/// process: the untracked files git does not ignore (in git's byte order), then the index's entries, both under the
/// prefix and relative to it, as git prints them. Lint and guard list a repo's files on every call, and the git
/// process costs more than the read. Null wherever <see cref="FastStatus"/> would leave the answer to git.
/// </summary>
internal static class FastFileList
{
    public static IReadOnlyList<string>? TryRead(string topLevel, string prefix, ProcessEnvironment environment, Func<GitResult>? readConfig = null)
    {
        if (!OperatingSystem.IsLinux() || environment.RedirectsGit())
        {
            return null;
        }
        try
        {
            return Read(topLevel, prefix, environment, readConfig);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or FormatException)
        {
            return null; // a file vanished, changed under the read or is damaged: git says what it is now
        }
    }

    private static List<string>? Read(string topLevel, string prefix, ProcessEnvironment environment, Func<GitResult>? readConfig)
    {
        if (IndexedRepository.Open(topLevel, environment, readConfig) is not { } opened)
        {
            return null;
        }
        var tracked = opened.Index.Entries.Select(e => e.Path).ToHashSet(StringComparer.Ordinal);
        var walk = new UntrackedWalk(topLevel, tracked);
        if (FastStatus.Untracked(walk, topLevel, prefix, opened.Repository, opened.Config, environment, opened.Index) is not { } untracked)
        {
            return null;
        }
        var files = untracked.Order(FastStatus.PathOrder).Select(path => path[prefix.Length..]).ToList();
        foreach (var entry in opened.Index.Entries)
        {
            if (entry.Path.StartsWith(prefix, StringComparison.Ordinal))
            {
                files.Add(entry.Path[prefix.Length..]);
            }
        }
        return files;
    }
}
