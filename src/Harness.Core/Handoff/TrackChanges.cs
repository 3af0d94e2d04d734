using Harness.Core.Model.Artifacts;
using Harness.Core.Model.Evidence;
using Harness.Core.Model.Git;
using Harness.Core.Model.State;
using Harness.Core.Model.Workspaces;

namespace Harness.Core.Handoff;

/// <summary>
/// A handoff's Changed Files: what the track changed since its base, the commit that added the track's previous
/// handoff, else the merge base with the base branch (<see cref="BaseBranch"/>: harness.yml's `base:`, else the
/// upstream, else `main`, as restart's base check has it), plus what is not committed yet; harness's own
/// artifacts (note, handoffs, evidence, docs/harness/) are no change of the track's. The Progress Note's time is
/// no base: a note committed a moment before the handoff would hide the whole track's work.
/// </summary>
internal static class TrackChanges
{
    /// <summary>The changed paths, in path order; null outside git.</summary>
    public static IReadOnlyList<string>? Of(Workspace workspace, HarnessTask task, string trackId, GitFacts facts)
    {
        if (workspace.Git is not { } git || git.Head() is not { } head)
        {
            return null;
        }
        var baseCommit = PreviousHandoffCommit(git, task, trackId) ?? MergeBase(workspace, git, head);
        var committed = baseCommit is null ? [] : git.ChangedNames(baseCommit, head) ?? [];
        var artifacts = new HarnessArtifacts(workspace.Config);
        return committed.Concat(facts.Uncommitted).Where(p => !artifacts.Contains(p)).Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>The commit that added the newest committed handoff of the track.</summary>
    private static string? PreviousHandoffCommit(IGitRepository git, HarnessTask task, string trackId) =>
        task.HandoffPaths
            .Where(path => task.ReadHandoff(path)?.Track is { } track && TrackIds.Comparer.Equals(TrackIds.Normalize(track.Text), trackId))
            .Select(path => git.CommitsTouching([path]) is { Count: > 0 } commits ? commits[^1] : null)
            .OfType<GitPathCommit>()
            .Select(c => c.ShortHash)
            .LastOrDefault();

    private static string? MergeBase(Workspace workspace, IGitRepository git, string head) =>
        BaseBranch.Resolve(workspace.Config, git).Commit is { } commit && git.MergeBase(commit, head) is { Ok: true, Value: { } found }
            ? found
            : null;
}
