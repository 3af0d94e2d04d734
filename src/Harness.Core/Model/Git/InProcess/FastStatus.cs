namespace Harness.Core.Model.Git.InProcess;

/// <summary>
/// `git status --porcelain=v1 --untracked-files=all -- &lt;prefix&gt;` read in process from the index, the refs, the
/// objects and the work tree: a git process costs more than the whole read for a small tree, and `harness agents`
/// asks it of every work tree. It answers only where it gives exactly git's entries; anywhere else (staged changes,
/// conflicts, sparse or split indexes, line-ending or attribute rules, a redirecting GIT_ variable...) it returns
/// null and the caller asks git.
/// </summary>
internal static class FastStatus
{
    /// <summary>The status of the work tree at <paramref name="topLevel"/> limited to <paramref name="prefix"/> ("" or "a/b/"), or null.</summary>
    /// <param name="readConfig">
    /// Reads the config keys the status depends on as `git config -z --get-regexp` prints them ("key\nvalue\0"), when
    /// the caller asks git for them anyway (restart asks for harness's own keys in the same call); null: asked here.
    /// </param>
    public static GitStatus? TryRead(string topLevel, string prefix, ProcessEnvironment environment, Func<string, string?> fromTopLevel,
        Func<GitResult>? readConfig = null)
    {
        if (!OperatingSystem.IsLinux() || environment.RedirectsGit())
        {
            return null;
        }
        try
        {
            return Read(topLevel, prefix, environment, readConfig) is { } entries
                ? new GitStatus(entries.Select(e => e with { Path = fromTopLevel(e.Path!) }).ToList())
                : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or FormatException)
        {
            return null; // a file vanished, changed under the read or is damaged: git says what it is now
        }
    }

    private static List<GitStatusEntry>? Read(string topLevel, string prefix, ProcessEnvironment environment, Func<GitResult>? readConfig)
    {
        if (IndexedRepository.Open(topLevel, environment, readConfig) is not { } opened
            || RepositoryAttributes(opened.Repository, environment) is not { } repositoryAttributes
            || !NothingStaged(opened.Index, opened.Repository))
        {
            return null;
        }
        var (repository, config, index, indexStat) = opened;
        var walk = new UntrackedWalk(topLevel, index.Entries.Select(e => e.Path).ToHashSet(StringComparer.Ordinal));
        var untracked = Untracked(walk, topLevel, prefix, repository, config, environment, index);
        if (untracked is null)
        {
            return null;
        }
        var tracked = new TrackedChanges(topLevel, indexStat, walk.Folders, repositoryAttributes || walk.MetAttributes);
        var entries = new List<GitStatusEntry>();
        foreach (var entry in index.Entries)
        {
            if (!entry.Path.StartsWith(prefix, StringComparison.Ordinal))
            {
                continue;
            }
            switch (tracked.Of(entry))
            {
                case null:
                    return null;
                case ' ':
                    break;
                case var letter:
                    entries.Add(new GitStatusEntry(' ', letter.Value, entry.Path, null));
                    break;
            }
        }
        entries.Sort((a, b) => PathOrder.Compare(a.Path, b.Path));
        entries.AddRange(untracked.Order(PathOrder).Select(path => new GitStatusEntry('?', '?', path, null)));
        return entries;
    }

    private static IReadOnlyList<string>? Untracked(UntrackedWalk walk, string topLevel, string prefix, GitDirectory repository,
        StatusConfig config, ProcessEnvironment environment, GitIndex index)
    {
        var ignoreFiles = new List<IgnoreList>();
        foreach (var file in new[] { Path.Combine(repository.CommonDir, "info", "exclude"), config.ExcludesFile ?? DefaultExcludes(environment) })
        {
            if (file is not null && FileStat.KindOf(file) == FileKind.Regular)
            {
                ignoreFiles.Add(IgnoreList.Parse(File.ReadAllBytes(file), ""));
            }
        }
        var untracked = walk.Under(prefix, IgnoreRules.Of(ignoreFiles));
        if (untracked is null)
        {
            return null;
        }
        // Tracked files in a folder the walk did not enter (an ignored one) still take that folder's attributes.
        foreach (var folder in index.Entries.Where(e => e.Path.StartsWith(prefix, StringComparison.Ordinal))
                     .Select(e => e.Path[..(e.Path.LastIndexOf('/') + 1)]).Distinct(StringComparer.Ordinal))
        {
            if (!walk.Visited.Contains(folder) && FileStat.KindOf(Path.Combine(topLevel, folder, ".gitattributes")) != FileKind.Missing)
            {
                return null; // rare: left to git rather than carried to the tracked files' check
            }
        }
        return untracked;
    }

    private static string? DefaultExcludes(ProcessEnvironment environment) =>
        environment.ConfigHome() is { } home ? Path.Combine(home, "git", "ignore") : null;

    // The cache-tree's root is the tree the index would write: equal to HEAD's, nothing is staged.
    private static bool NothingStaged(GitIndex index, GitDirectory repository) =>
        HeadTree.Read(repository) switch
        {
            { Unborn: true } => index.Entries.Count == 0,
            { Tree: { } tree } => index.CacheTreeRoot is { } root && root.AsSpan().SequenceEqual(tree),
            _ => false,
        };

    // git refuses a repository another user owns (safe.directory): it must say so itself.
    internal static bool OwnedByUser(string topLevel, GitDirectory repository)
    {
        var user = FileStat.EffectiveUser();
        return FileStat.Of(topLevel)?.Uid == user && FileStat.Of(repository.GitDir)?.Uid == user;
    }

    /// <summary>Whether the repository's and the user's attribute files exist (true) or not (false); null when one may change content.</summary>
    private static bool? RepositoryAttributes(GitDirectory repository, ProcessEnvironment environment)
    {
        var files = new List<string> { Path.Combine(repository.CommonDir, "info", "attributes"), "/etc/gitattributes" };
        if (environment.ConfigHome() is { } home)
        {
            files.Add(Path.Combine(home, "git", "attributes"));
        }
        var any = false;
        foreach (var file in files)
        {
            if (!LineEndingsOnly(file, out var present))
            {
                return null;
            }
            any |= present;
        }
        return any;
    }

    // Missing counts as harmless; a link or a folder in its place does not.
    private static bool LineEndingsOnly(string file, out bool present)
    {
        var kind = FileStat.KindOf(file);
        present = kind != FileKind.Missing;
        return kind == FileKind.Missing || (kind == FileKind.Regular && AttributeFile.OnlyLineEndings(File.ReadAllBytes(file)));
    }

    /// <summary>git sorts paths by their UTF-8 bytes, which is code point order (UTF-16's differs above U+D7FF).</summary>
    private static readonly Comparer<string?> PathOrder = Comparer<string?>.Create((a, b) =>
    {
        var left = (a ?? "").EnumerateRunes().GetEnumerator();
        var right = (b ?? "").EnumerateRunes().GetEnumerator();
        while (true)
        {
            var hasLeft = left.MoveNext();
            var hasRight = right.MoveNext();
            if (!hasLeft || !hasRight)
            {
                return hasLeft.CompareTo(hasRight);
            }
            if (left.Current.Value != right.Current.Value)
            {
                return left.Current.Value.CompareTo(right.Current.Value);
            }
        }
    });
}
