using Harness.Core.Model.Config;
using Harness.Core.Model.Git;

namespace Harness.Core.Model.Evidence;

/// <summary>A recorded run's state now, and why, in words a fix can follow.</summary>
public sealed record FreshnessVerdict(VerifyState State, string Reason);

/// <summary>
/// The one freshness rule (issue 16): a passing record stays <see cref="VerifyState.Pass"/> while nothing but
/// harness's own artifacts changed since its commit, committed or not; any other change, a dirty tree when it
/// ran, or a commit that is not an ancestor of HEAD makes it <see cref="VerifyState.Stale"/>. The workflow
/// verify, note, handoff, commit thus leaves the evidence current. Every command judges a record here.
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
            return Stale("the tree was dirty when it ran");
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

    /// <summary>What a record says of its run: its outcome, else its exit code.</summary>
    public static string ResultOf(EvidenceRecord record) =>
        record.Outcome.Length > 0 ? record.Outcome : $"exit {record.ExitCode?.ToString() ?? "none"}";

    private static FreshnessVerdict Stale(string reason) => new(VerifyState.Stale, reason);

    // Counted, not named: a file name from git may hold anything, and the reason lands in Markdown and JSON.
    private static string Names(IReadOnlyList<string> paths) =>
        paths.Count == 1 ? "1 file outside harness's artifacts" : $"{paths.Count} files outside harness's artifacts";

    private static string Short(string commit) => commit.Length > 12 ? commit[..12] : commit;
}
