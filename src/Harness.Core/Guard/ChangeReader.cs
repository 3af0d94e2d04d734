using Harness.Core.Model.CommandLine;
using Harness.Core.Model.Git;
using Harness.Core.Model.Text;
using Harness.Core.Model.Writing;

namespace Harness.Core.Guard;

/// <summary>
/// Asks git which paths a <see cref="GuardScope"/> covers. Every path comes back relative to the harness repo
/// (paths outside it, when the repo is a subfolder of the work tree, are not the task's business).
/// </summary>
public static class ChangeReader
{
    public static IReadOnlyList<ChangedPath> Read(IGitRepository git, GuardScope scope, string repoRoot, string workingDirectory)
    {
        if (scope.Files.Count > 0)
        {
            return scope.Files.Select(f => new ChangedPath(Given(repoRoot, workingDirectory, f), ChangeKind.Given)).ToList();
        }
        var changes = new List<ChangedPath>();
        if (scope.BaseRef is { } reference)
        {
            var mergeBase = MergeBase(git, reference);
            changes.AddRange(Diff(git.CommittedSince(mergeBase), "diff --name-status -M"));
        }
        if (scope.Staged)
        {
            changes.AddRange(Diff(git.Staged(), "diff --cached --name-status"));
        }
        if (scope.BaseRef is null && !scope.Staged)
        {
            changes.AddRange(Status(git));
        }
        // harness's own lock and temporary files (a note being written, or left by a killed run) are nobody's change.
        return changes.Where(c => !FileLock.IsHarnessOwn(c.Path))
            .DistinctBy(c => (c.Path, c.Kind)).OrderBy(c => c.Path, StringComparer.Ordinal).ToList();
    }

    private static string Given(string repoRoot, string workingDirectory, string file)
    {
        var full = Path.GetFullPath(Path.Combine(workingDirectory, file));
        if (!RepoPaths.IsInside(repoRoot, full))
        {
            throw new HarnessInputException($"{file}: is outside the repo {repoRoot} (given as {CommandWords.Files})");
        }
        return RepoPaths.ToRelative(repoRoot, full);
    }

    internal static string MergeBase(IGitRepository git, string reference)
    {
        var resolved = git.ResolveCommit(reference);
        ThrowIfNoGit(resolved, $" (given {CommandWords.Base} {reference})");
        if (!resolved.Ok)
        {
            throw new HarnessInputException($"git does not know '{reference}' (given as {CommandWords.Base}); name a branch, tag or commit");
        }
        var mergeBase = git.MergeBase(resolved.Value!, "HEAD");
        if (!mergeBase.Ok)
        {
            throw new HarnessInputException($"'{reference}' and HEAD have no common ancestor (given as {CommandWords.Base})");
        }
        return mergeBase.Value!;
    }

    /// <summary>No git to run is said as such, not as a git answer about the reference or the tree.</summary>
    private static void ThrowIfNoGit<T>(GitAnswer<T> answer, string givenAs = "") where T : class
    {
        if (answer.NotInstalled)
        {
            throw new HarnessInputException($"git is not installed or not on PATH, and guard reads the changes from git{givenAs}; install git or add it to PATH");
        }
    }

    /// <summary>A diff's entries as changes; <paramref name="asked"/> names the diff in git's failure.</summary>
    private static IEnumerable<ChangedPath> Diff(GitAnswer<IReadOnlyList<GitDiffEntry>> diff, string asked)
    {
        ThrowIfNoGit(diff);
        if (!diff.Ok)
        {
            throw new HarnessInputException($"git {asked} failed: {diff.Error}");
        }
        foreach (var entry in diff.Value!)
        {
            if (entry.Status is 'R' or 'C')
            {
                foreach (var change in Rename(entry.Status, entry.Source, entry.Path))
                {
                    yield return change;
                }
                continue;
            }
            if (entry.Path is { } path)
            {
                yield return new ChangedPath(path, Kind(entry.Status));
            }
        }
    }

    private static IEnumerable<ChangedPath> Status(IGitRepository git)
    {
        var status = git.Status();
        if (status.Error is not null)
        {
            throw new HarnessInputException($"git status failed: {status.Error}");
        }
        foreach (var entry in status.Entries)
        {
            if (entry.Index is 'R' or 'C')
            {
                foreach (var change in Rename(entry.Index, entry.Source, entry.Path))
                {
                    yield return change;
                }
                continue;
            }
            if (entry.Path is not null)
            {
                yield return new ChangedPath(entry.Path, entry.Index == '?' ? ChangeKind.Untracked : Kind(entry.Index is ' ' ? entry.Tree : entry.Index));
            }
        }
    }

    private static IEnumerable<ChangedPath> Rename(char status, string? from, string? to)
    {
        if (to is not null)
        {
            yield return new ChangedPath(to, ChangeKind.RenamedTo, from);
        }
        // A copy leaves its source in place; only a rename takes the file out of its old area.
        if (status == 'R' && from is not null)
        {
            yield return new ChangedPath(from, ChangeKind.RenamedFrom, to);
        }
    }

    private static ChangeKind Kind(char status) => status switch
    {
        'A' => ChangeKind.Added,
        'D' => ChangeKind.Deleted,
        _ => ChangeKind.Modified,
    };
}
