using Harness.Core.Model.Git;
using Harness.Core.Model.Identity;

namespace Harness.Core.Model.State;

/// <summary>
/// The git facts restart, status and assess need, each asked at most once: one log (recent commits with their files), one
/// status, the conflicts and HEAD. Without git (no .git above the repo) no git process ever starts.
/// </summary>
public sealed class GitFacts
{
    /// <summary>How far back the log looks; a note last committed earlier counts as not committed.</summary>
    public const int LogDepth = 1000;

    private readonly IGitRepository? _git;
    private readonly Lazy<IReadOnlyList<GitCommit>> _log;
    private readonly Lazy<GitStatus?> _status;
    private readonly Lazy<IReadOnlyList<string>> _uncommitted;
    private readonly Lazy<IReadOnlyDictionary<string, GitConfigEntry>> _sessionSettings;

    public GitFacts(IGitRepository? git)
    {
        _git = git;
        _log = new Lazy<IReadOnlyList<GitCommit>>(ReadLog);
        // One snapshot of the status answers both the uncommitted changes and the conflicts.
        _status = new Lazy<GitStatus?>(() => _git?.Status());
        _uncommitted = new Lazy<IReadOnlyList<string>>(() =>
            (_status.Value?.Changed ?? []).Where(p => !p.StartsWith(".harness/", StringComparison.Ordinal)).ToList());
        _sessionSettings = new Lazy<IReadOnlyDictionary<string, GitConfigEntry>>(() => SessionConfig.Read(_git));
    }

    /// <summary>Git facts whose log and status are already being read (see <see cref="Prefetch"/>).</summary>
    public static GitFacts Started(IGitRepository? git)
    {
        var facts = new GitFacts(git);
        facts.Prefetch();
        return facts;
    }

    public bool HasGit => _git is not null;

    /// <summary>
    /// Starts the log and the status at once, each on a thread of its own: each is a git process that mostly
    /// waits, so they overlap with each other and with reading the artifacts. Not on the thread pool: a pool
    /// thread that waits on git is one the command's parallel reading cannot use (two on this 2-core machine).
    /// An error stays in its Lazy and is thrown where the fact is read, as without the prefetch.
    /// </summary>
    public void Prefetch()
    {
        if (_git is null)
        {
            return;
        }
        InBackground(() => _log.Value);
        InBackground(() => _status.Value);
    }

    /// <summary>
    /// Starts reading the session's git config (harness.task, harness.track, harness.role) beside the log and the
    /// status, for a command whose flags leave the identity open: a third process that overlaps the others
    /// instead of following the artifacts.
    /// </summary>
    public void PrefetchSessionSettings()
    {
        if (_git is not null)
        {
            InBackground(() => _sessionSettings.Value);
        }
    }

    /// <summary>The session's identity as git config holds it (see <see cref="SessionConfig.Read"/>), read once.</summary>
    public IReadOnlyDictionary<string, GitConfigEntry> SessionSettings => _sessionSettings.Value;

    private static void InBackground<T>(Func<T> read) =>
        _ = Task.Factory.StartNew(read, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    /// <summary>Recent commits that touch the repo, newest first.</summary>
    public IReadOnlyList<GitCommit> Log => _log.Value;

    /// <summary>Uncommitted changes, repo-relative, outside .harness/ (evidence and templates are no work).</summary>
    public IReadOnlyList<string> Uncommitted => _uncommitted.Value;

    public IReadOnlyList<string> Conflicts => _status.Value?.Unmerged ?? [];

    public string? Head => _git?.Head();

    /// <summary>The newest commit that touched <paramref name="path"/>, or null.</summary>
    public GitCommit? LastCommitOf(string path) => Log.FirstOrDefault(c => c.Files.Contains(path, StringComparer.Ordinal));

    private IReadOnlyList<GitCommit> ReadLog() =>
        _git?.RecentCommits(LogDepth) ?? [];
}
