using Harness.Core.Model.Config;
using Harness.Core.Model.Git;

namespace Harness.Core.Model.Evidence;

/// <summary>A recorded run's state now, and why, in words a fix can follow.</summary>
public sealed record FreshnessVerdict(VerifyState State, string Reason);

/// <summary>
/// The one freshness rule (issue 16): a passing record stays <see cref="VerifyState.Pass"/> while nothing but
/// harness's own artifacts changed since its commit, committed or not; any other change, or a commit that is not
/// an ancestor of HEAD makes it <see cref="VerifyState.Stale"/>. A run on a dirty tree is judged by the tree it ran
/// on: current while HEAD holds that tree (bar harness's artifacts) and nothing else is uncommitted, so the
/// workflow edit, verify, note, handoff, commit leaves the evidence current. Every command judges a record here.
/// </summary>
public sealed class Freshness
{
    private readonly ChangesSinceCommit _changes;
    private readonly HarnessArtifacts _artifacts;

    public Freshness(IGitRepository? git, HarnessConfig config)
    {
        _changes = new ChangesSinceCommit(git);
        _artifacts = new HarnessArtifacts(config);
    }

    /// <summary>Whether a path is one of harness's artifacts, whose change leaves a verify current.</summary>
    public bool IsArtifact(string path) => _artifacts.Contains(path);

    public FreshnessVerdict Of(EvidenceRecord record)
    {
        if (!record.Passed)
        {
            return new FreshnessVerdict(VerifyState.Fail, $"it failed ({ResultOf(record)})");
        }
        if (record.Commit is not { } commit)
        {
            return Stale("it ran outside git or before the first commit, so nothing dates it");
        }
        if (record.Dirty)
        {
            return OfDirtyRun(commit, record.Tree);
        }
        if (_changes.Since(commit) is not { } changes)
        {
            return Stale(_changes.HasGit && _changes.Head is not null
                ? $"it ran at {Short(commit)}, which is not in HEAD's history"
                : $"it ran at {Short(commit)}, and HEAD cannot be read now");
        }
        var committed = changes.Committed.Where(p => !IsArtifact(p)).ToList();
        var uncommitted = changes.Uncommitted.Where(p => !IsArtifact(p)).ToList();
        if (committed.Count > 0)
        {
            return Stale($"HEAD moved since it ran at {Short(commit)} and changed {Names(committed)}");
        }
        if (uncommitted.Count > 0)
        {
            return Stale($"{Names(uncommitted)} changed since it ran at {Short(commit)} (uncommitted)");
        }
        return new FreshnessVerdict(VerifyState.Pass, commit == _changes.Head && changes.Uncommitted.Count == 0
            ? "it passed at HEAD on a clean tree"
            : $"it passed at {Short(commit)}; only harness's own artifacts changed since");
    }

    // A dirty run proves the tree it ran on: current once HEAD holds that tree, bar harness's artifacts, and nothing else is uncommitted.
    private FreshnessVerdict OfDirtyRun(string commit, string? tree)
    {
        if (tree is null)
        {
            return Stale("the tree was dirty when it ran");
        }
        if (_changes.SinceTree(tree) is not { } changes)
        {
            return Stale($"the tree was dirty when it ran at {Short(commit)}, and git cannot compare the tree it ran on now");
        }
        var committed = changes.Committed.Where(p => !IsArtifact(p)).ToList();
        var uncommitted = changes.Uncommitted.Where(p => !IsArtifact(p)).ToList();
        if (committed.Count > 0)
        {
            return Stale($"the tree it ran on (dirty, at {Short(commit)}) differs from HEAD in {Names(committed)}");
        }
        if (uncommitted.Count > 0)
        {
            return Stale($"{Names(uncommitted)} uncommitted since it ran on a dirty tree at {Short(commit)}");
        }
        return new FreshnessVerdict(VerifyState.Pass, $"it passed on the tree that is now committed at {Short(_changes.Head!)}");
    }

    /// <summary>What a record says of its run: its outcome, else its exit code.</summary>
    public static string ResultOf(EvidenceRecord record) =>
        record.Outcome.Length > 0 ? record.Outcome : $"exit {record.ExitCode?.ToString() ?? "none"}";

    private static FreshnessVerdict Stale(string reason) => new(VerifyState.Stale, reason);

    // Counted, not named: a file name from git may hold anything, and the reason lands in Markdown and JSON.
    private static string Names(IReadOnlyList<string> paths) =>
        paths.Count == 1 ? "1 file outside harness's artifacts" : $"{paths.Count} files outside harness's artifacts";

    private static string Short(string commit) => commit.Length > 12 ? commit[..12] : commit;
}
