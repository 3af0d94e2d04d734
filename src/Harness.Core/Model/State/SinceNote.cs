using Harness.Core.Model.Artifacts;
using Harness.Core.Model.Git;
using Harness.Core.Model.Workspaces;
using Harness.Core.Model.Writing;

namespace Harness.Core.Model.State;

/// <summary>The newest commit that touched the Progress Note (null when none did) and the commits after it, newest first.</summary>
public sealed record NoteCommits<T>(T? NoteCommit, IReadOnlyList<T> After) where T : class;

/// <summary>
/// "What changed since the Progress Note", answered once for restart (commits since the note), note and handoff
/// (Changed Files) and the stale-note lint rule (owned files committed after the note): the note's last commit
/// is the newest commit of a newest-first log that touched it, and what came after it is everything before it.
/// </summary>
public static class SinceNote
{
    /// <summary>Splits a newest-first log at the newest commit that touched <paramref name="notePath"/>; nothing after a note never committed.</summary>
    public static NoteCommits<T> Split<T>(IReadOnlyList<T> newestFirst, string notePath, Func<T, IReadOnlyList<string>> filesOf) where T : class
    {
        for (var i = 0; i < newestFirst.Count; i++)
        {
            if (filesOf(newestFirst[i]).Contains(notePath, StringComparer.Ordinal))
            {
                return new NoteCommits<T>(newestFirst[i], newestFirst.Take(i).ToList());
            }
        }
        return new NoteCommits<T>(null, []);
    }

    /// <summary>
    /// The commits touching the note or any of <paramref name="pathspecs"/>, split at the note's last commit;
    /// null when git fails.
    /// </summary>
    public static NoteCommits<GitPathCommit>? Commits(IGitRepository git, string notePath, IReadOnlyList<string> pathspecs) =>
        git.CommitsTouching([notePath, .. pathspecs]) is { } log ? Split(log, notePath, c => c.Files) : null;

    /// <summary>
    /// Files changed since the note's recorded commit (front matter `commit`), else since the last commit that
    /// touched the note (the commit restart and status date a note without front matter by), plus uncommitted
    /// changes, outside .harness/ and the note itself; sorted; null outside git. The net diff from that commit,
    /// not the union of the commits' files: a file changed and changed back is no change to record.
    /// </summary>
    public static IReadOnlyList<string>? ChangedPaths(Workspace workspace, ProgressNote? note, string notePath)
    {
        var git = workspace.Git;
        if (git is null)
        {
            return null;
        }
        var files = new SortedSet<string>(StringComparer.Ordinal);
        var since = note?.Commit?.Text is { Length: > 0 } recorded && git.IsCommit(recorded)
            ? recorded
            : git.LastCommitTouching(notePath);
        if (since is not null && git.Head() is not null)
        {
            if (git.ChangedNames(since, "HEAD") is { } committed)
            {
                files.UnionWith(committed);
            }
        }
        files.UnionWith(git.Status().Changed);
        return files.Where(p => p != notePath && !FileLock.IsHarnessOwn(p) && p != ".harness" && !p.StartsWith(".harness/", StringComparison.Ordinal)).ToList();
    }
}
