using Harness.Core.Model.Artifacts;
using Harness.Core.Model.Git;
using Harness.Core.Model.Ownership;

namespace Harness.Core.Model.State;

/// <summary>
/// What the base branch holds that HEAD lacks, for the track an agent restarts on: the commits there that touch
/// the track's owned files, and the files a merge of it would leave in conflict. The base is harness.yml's
/// `base:`, else the branch's upstream, else `main`; without one the check is skipped and <see cref="Skipped"/>
/// says why, so the prompt never implies a check that did not run.
/// </summary>
public sealed record BaseBranchCheck(
    string? Base,
    string Source,
    string? Skipped,
    IReadOnlyList<GitCommit> TouchingOwned,
    IReadOnlyList<string> Conflicts,
    string? MergeUntried = null)
{
    public static BaseBranchCheck Run(TaskState state, Track track)
    {
        var git = state.Workspace.Git;
        if (git is null)
        {
            return Skip(null, "", "the repo is not in git");
        }
        var (name, source) = BaseBranch.Resolve(state.Workspace.Config, git);
        var resolved = git.ResolveCommit(name);
        if (!resolved.Ok)
        {
            var why = source == BaseBranch.DefaultSource
                ? "no base in harness.yml, the branch has no upstream and there is no main"
                : $"{name} (from {source}) names no commit git knows";
            return Skip(null, source, why);
        }
        if (git.Head() is null)
        {
            return Skip(name, source, "HEAD has no commit yet");
        }
        var missing = git.CommitsMissingFromHead(resolved.Value!);
        if (!missing.Ok)
        {
            return Skip(name, source, $"git could not list what {name} holds that HEAD lacks: {missing.Error}");
        }
        if (missing.Value!.Count == 0)
        {
            return new BaseBranchCheck(name, source, null, [], []);
        }
        var owned = track.OwnedFiles.Select(f => new GlobPattern(f.Unwrapped)).ToList();
        var touching = missing.Value.Where(c => c.Files.Any(path => owned.Any(g => g.Matches(path)))).ToList();
        // A merge git cannot try (merge-tree --write-tree needs git 2.38) is said as such, never as a clean merge.
        var conflicts = git.MergeConflicts(resolved.Value!);
        return conflicts.Ok
            ? new BaseBranchCheck(name, source, null, touching, conflicts.Value!)
            : new BaseBranchCheck(name, source, null, touching, [], $"git could not try the merge: {conflicts.Error}");
    }

    private static BaseBranchCheck Skip(string? name, string source, string why) => new(name, source, why, [], []);
}
