using Harness.Core.Model.Git;
using Harness.Core.Model.State;
using Harness.Core.Model.Workspaces;

namespace Harness.Core.Lint;

/// <summary>
/// The git questions lint's rules ask, started on threads of their own as soon as what each needs is known, so
/// that git works while the tasks' artifacts are read instead of after them: the repo's file list (owned globs
/// that match nothing) and, per feature task, the log of its note and owned files (stale Progress Notes). A rule
/// still asks for its answer when it runs; one never started (the rule turned off, no git) is asked then.
/// </summary>
public sealed class LintGitQueries
{
    private readonly Dictionary<string, StartedNoteLog> _noteLogs = new(StringComparer.Ordinal);

    private LintGitQueries()
    {
    }

    /// <summary>Nothing started: every rule asks git itself.</summary>
    public static LintGitQueries None { get; } = new();

    /// <summary>Starts the file list when <paramref name="repoFiles"/>, and each feature task's note log when <paramref name="noteLogs"/>.</summary>
    public static LintGitQueries Start(Workspace workspace, IReadOnlyList<LintedFeatureList> featureLists, bool repoFiles, bool noteLogs)
    {
        var queries = new LintGitQueries();
        if (workspace.Git is not { } git)
        {
            return queries;
        }
        if (repoFiles)
        {
            InBackground(() => workspace.RepoFiles);
        }
        if (noteLogs)
        {
            foreach (var id in workspace.TaskIds)
            {
                var task = workspace.TaskHandle(id);
                var list = task.FeatureList is { } own ? featureLists.FirstOrDefault(f => ReferenceEquals(f.List, own)) : null;
                if (list is { Ownership.Entries.Count: > 0 } && task.HasNote)
                {
                    var notePath = task.NotePath;
                    queries._noteLogs[id] = new StartedNoteLog(notePath, list, new Lazy<NoteCommits<GitPathCommit>?>(() => NoteLog(git, notePath, list)));
                }
            }
            // One after another on one thread, as the rule asked them: a repo of many features never runs a git per feature at once.
            var logs = queries._noteLogs.Values.ToList();
            if (logs.Count > 0)
            {
                InBackground(() => logs.Select(l => l.Log.Value).Count());
            }
        }
        return queries;
    }

    /// <summary>The commits touching the task's note or its feature's owned files, split at the note's last commit; null when git fails.</summary>
    public NoteCommits<GitPathCommit>? NoteLog(IGitRepository git, LintedTask task)
    {
        var notePath = task.Note!.Path;
        var list = task.FeatureList!;
        return _noteLogs.TryGetValue(task.Id, out var started) && started.NotePath == notePath && ReferenceEquals(started.List, list)
            ? started.Log.Value
            : NoteLog(git, notePath, list);
    }

    private static NoteCommits<GitPathCommit>? NoteLog(IGitRepository git, string notePath, LintedFeatureList list)
    {
        var pathspecs = list.Ownership.Entries.Select(e => ":(glob)" + e.Glob.Text.TrimEnd('/')).Distinct(StringComparer.Ordinal);
        return SinceNote.Commits(git, notePath, pathspecs.ToList());
    }

    // Not on the thread pool: a pool thread that waits on git is one the parallel reading of the artifacts cannot use.
    private static void InBackground<T>(Func<T> query) =>
        _ = Task.Factory.StartNew(query, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    private sealed record StartedNoteLog(string NotePath, LintedFeatureList List, Lazy<NoteCommits<GitPathCommit>?> Log);
}
