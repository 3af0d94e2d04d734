namespace Harness.Core.Model.Git.InProcess;

/// <summary>
/// The ref questions a command asks at every restart (HEAD, the base branch's commit, whether the branch has an
/// upstream), answered from the repository's files where the answer is git's for sure: a git process costs more
/// than the answer here. Null wherever git must answer (the same conditions as the in-process status, and any ref
/// or object beyond loose and packed refs to a loose or whole packed commit).
/// </summary>
internal sealed class RefReader
{
    private readonly GitDirectory _repository;

    private RefReader(GitDirectory repository) => _repository = repository;

    /// <summary>A reader for the work tree at <paramref name="topLevel"/>, or null where git must answer everything.</summary>
    public static RefReader? Open(string topLevel, ProcessEnvironment environment)
    {
        if (!OperatingSystem.IsLinux() || environment.RedirectsGit())
        {
            return null;
        }
        try
        {
            // A reftable repository (git 2.45 and later) keeps its refs in reftable/, and its HEAD file names a ref
            // that does not exist: read as files, HEAD would look unborn.
            return GitDirectory.Find(topLevel) is { } repository && FastStatus.OwnedByUser(topLevel, repository)
                && !Directory.Exists(Path.Combine(repository.CommonDir, "reftable"))
                ? new RefReader(repository)
                : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>HEAD's commit as `git rev-parse --verify -q HEAD` gives it: (true, id), (true, null) before the first commit; null: ask git.</summary>
    public (bool Known, string? Id)? Head() => Guarded(() =>
        HeadTree.HeadCommit(_repository) switch
        {
            { Id: null } => (true, null),
            { Id: { } id } when HeadTree.IsReadableCommit(_repository, id) => (true, id),
            _ => ((bool, string?)?)null,
        });

    /// <summary>The branch HEAD is on ("main" for refs/heads/main); null when detached or unknown.</summary>
    public string? Branch() => Guarded(() => HeadTree.HeadCommit(_repository)?.Branch is { } branch ? branch["refs/heads/".Length..] : null);

    /// <summary>
    /// The commit `git rev-parse --verify name^{commit}` gives for a plain branch-like name, found by git's own order
    /// (refs/NAME, refs/tags/NAME, refs/heads/NAME, refs/remotes/NAME, refs/remotes/NAME/HEAD) when it names a commit;
    /// null (ask git) for anything else: a hash, a revision expression, a tag object, a name git also reads from the git dir.
    /// </summary>
    public string? Commit(string name) => Guarded(() =>
    {
        if (!IsPlainName(name) || File.Exists(Path.Combine(_repository.GitDir, name)) || File.Exists(Path.Combine(_repository.CommonDir, name))
            || ReadRefAnywhere("refs/" + name) is not (null, false))
        {
            // refs/NAME outside the shared namespaces: rare enough that git may say what it is.
            return null;
        }
        foreach (var candidate in new[] { "refs/tags/" + name, "refs/heads/" + name, "refs/remotes/" + name, "refs/remotes/" + name + "/HEAD" })
        {
            switch (ReadRefAnywhere(candidate))
            {
                case null:
                    return null;
                case (_, false):
                    continue;
                case (var content, true):
                    return HeadTree.Follow(_repository, content!) is (string id, true) && HeadTree.IsReadableCommit(_repository, id) ? id : null;
            }
        }
        return null;
    });

    /// <summary>
    /// `git log -n{depth} --format=%x1e%H%x1f%ct%x1f%s --name-only -- .` from the folder <paramref name="prefix"/> as
    /// the parser reads it (<see cref="CommitLog"/>); null where git must answer (no config read in process included).
    /// </summary>
    public IReadOnlyList<GitCommit>? RecentCommits(string prefix, int depth, GitConfigReader? config, Func<string, string?> fromTopLevel) =>
        config is null ? null : Guarded(() => CommitLog.Read(_repository, prefix, depth, config, fromTopLevel));

    /// <summary>A ref's content; (null, false) when it does not exist; null when git must answer.</summary>
    private (string? Content, bool Found)? ReadRefAnywhere(string name)
    {
        if (name.StartsWith("refs/heads/", StringComparison.Ordinal) || name.StartsWith("refs/tags/", StringComparison.Ordinal)
            || name.StartsWith("refs/remotes/", StringComparison.Ordinal))
        {
            // A folder of refs (refs/remotes/origin/) is no ref of that name: git forbids a ref beside a folder of
            // its name, so git goes on to the next rule.
            return FileStat.KindOf(Path.Combine(_repository.CommonDir, name)) == FileKind.Directory ? (null, false) : HeadTree.ReadRef(_repository, name);
        }
        // Another namespace: absent only when neither a loose file nor a packed-refs line is there.
        var loose = Path.Combine(_repository.CommonDir, name);
        return FileStat.KindOf(loose) != FileKind.Missing || Directory.Exists(loose) || PackedRefsMention(name) ? null : (null, false);
    }

    private bool PackedRefsMention(string name)
    {
        var file = Path.Combine(_repository.CommonDir, "packed-refs");
        return File.Exists(file) && File.ReadLines(file).Any(line => line.EndsWith(" " + name, StringComparison.Ordinal));
    }

    /// <summary>Letters, digits, '-', '_', '.' and '/' between parts; not all hex (git would try it as a hash first).</summary>
    private static bool IsPlainName(string name) =>
        name.Length is > 0 and < 200
        && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '/')
        && !name.StartsWith('-') && !name.StartsWith('/') && !name.EndsWith('/') && !name.StartsWith('.') && !name.EndsWith(".lock", StringComparison.Ordinal)
        && !name.Contains("..", StringComparison.Ordinal) && !name.Contains("//", StringComparison.Ordinal) && !name.Contains("/.", StringComparison.Ordinal)
        && !name.All(char.IsAsciiHexDigit) && name != "HEAD" && name != "@";

    private static T? Guarded<T>(Func<T?> read)
    {
        try
        {
            return read();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or FormatException or OverflowException)
        {
            return default; // damaged or changed under the read: git says what it is now
        }
    }
}
