using Harness.Core.Model.Artifacts;
using Harness.Core.Model.Identity;
using Harness.Core.Model.Schedule;
using Harness.Core.Model.Text;
using Harness.Core.Model.Workspaces;

namespace Harness.Core.Guard;

/// <summary>What guard checked and what it found.</summary>
/// <param name="RepoPrefix">The harness folder's path from the top of the git work tree ("" at the top), so that
/// outputs for GitHub name files as the pull request does.</param>
public sealed record GuardReport(string TaskId, GuardTrack Track, GuardScope Scope, IReadOnlyList<ChangedPath> Changes,
    IReadOnlyList<GuardViolation> Violations, string RepoPrefix = "");

/// <summary>
/// `harness guard`: the changed files of a track against what it may change. Reads the task's feature list
/// and plan once, builds one <see cref="OwnershipPolicy"/>, and asks git for the changes of the scope.
/// </summary>
public static class GuardService
{
    public static GuardReport Run(Workspace workspace, string taskId, string trackId, GuardScope scope, string workingDirectory)
    {
        var task = workspace.GetTask(taskId);
        var policy = PolicyFor(workspace, task);
        workspace.ThrowIfInputErrors();
        var track = policy.Policy.Find(TrackIds.Normalize(trackId)) ?? PlannerOf(task, trackId) ?? throw new HarnessInputException(
            $"task {task.Id} has no track '{trackId}'; its tracks: {string.Join(", ", policy.Tracks.Select(t => t.Id))}, or {IdentityResolver.PlannerRole}");
        var git = workspace.Git ?? throw new HarnessInputException($"{workspace.Root} is not in a git work tree; guard reads changes from git");
        var changes = ChangeReader.Read(git, scope, workspace.Root, workingDirectory);
        var violations = policy.Policy.Check(track, changes);
        if (track.Id == IdentityResolver.PlannerRole)
        {
            violations = violations.Where(v => !track.OwnedGlobs.Contains(v.Change.Path, StringComparer.Ordinal)).ToList();
        }
        if (task.FeatureList is { } list && violations.Any(v => v.Change.Path == list.Path))
        {
            var before = scope.BaseRef is { } reference && scope.Files.Count == 0 ? ChangeReader.MergeBase(git, reference) : "HEAD";
            violations = violations.Where(v => !StatusLineChange.IsOwnStatusOnly(workspace, git, scope, before, v.Change, list.Path, track.Id)).ToList();
        }
        return new GuardReport(task.Id, track, scope, changes, violations, git.Prefix);
    }

    /// <summary>
    /// The planner, as guard knows it: no track's files, but the task's plan and feature list (the merge order is
    /// the plan's), which no track owns. Only when no track of the task is itself called so.
    /// </summary>
    private static GuardTrack? PlannerOf(HarnessTask task, string trackId)
    {
        if (!string.Equals(trackId, IdentityResolver.PlannerRole, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        string?[] owned = [task.FeatureList?.Path, task.Plan?.Path];
        return new GuardTrack(IdentityResolver.PlannerRole, IdentityResolver.PlannerRole, owned.OfType<string>().ToList());
    }

    /// <summary>The tracks of a task (feature list and plan workstreams merged by id) and the policy over them.</summary>
    public static (IReadOnlyList<GuardTrack> Tracks, OwnershipPolicy Policy) PolicyFor(Workspace workspace, HarnessTask task)
    {
        var list = task.FeatureList;
        var plan = task.Plan;
        var listTracks = list?.Tracks ?? [];
        var workstreams = plan?.Workstreams ?? [];
        CheckInsideRepo(listTracks.SelectMany(t => t.OwnedFiles).Concat(workstreams.SelectMany(w => w.OwnedFiles)));
        var ordered = new TrackGraph(listTracks).Layers().SelectMany(l => l).Select(t => t.Id).ToList();
        var seen = new HashSet<string>(ordered, TrackIds.Comparer);
        ordered.AddRange(workstreams.Select(w => w.Id).Where(seen.Add));
        var workstreamById = new Dictionary<string, Workstream>(TrackIds.Comparer);
        foreach (var w in workstreams)
        {
            workstreamById.TryAdd(w.Id, w);
        }
        if (ordered.Count == 0)
        {
            throw new HarnessInputException($"task {task.Id} has no tracks (no feature list tracks, no plan workstreams); guard needs owned files");
        }
        var tracks = ordered.Select(id =>
        {
            var track = list?.FindTrack(id);
            var workstream = workstreamById.GetValueOrDefault(id);
            var globs = (track?.OwnedFiles ?? []).Concat(workstream?.OwnedFiles ?? []).Select(v => v.Unwrapped).Distinct().ToList();
            // The owner is the track's, read as lint, status and restart read it; only a track the feature list
            // lacks takes its owner from the plan's Workstreams.
            var owner = (track is null ? workstream?.Owner : track.Owner)?.Unwrapped ?? "no owner";
            return new GuardTrack(track?.Id ?? workstream!.Id, owner, globs);
        }).ToList();
        var sharedLines = (list?.SharedFiles ?? []).Concat(plan?.SharedFiles ?? []).ToList();
        var shared = sharedLines.Where(s => !s.IsSyncWindow)
            .Select(s => new SharedFiles(Globs(s), s.FirstTrack is null ? null : TrackIds.Normalize(s.FirstTrack.Text)));
        var windows = sharedLines.Where(s => s.IsSyncWindow && s.FirstTrack is not null)
            .Select(s => new SyncWindow(Globs(s), TrackIds.Normalize(s.FirstTrack!.Text)));
        string[] taskFiles = [task.NotePath, task.HandoffFolder + "/", task.EvidenceFolder + "/"];
        var policy = new OwnershipPolicy(tracks, workspace.Config.FreeFiles.Concat(taskFiles), shared, windows, IgnoreCase(workspace));
        return (tracks, policy);
    }

    private static List<string> Globs(SharedFileEntry entry) => entry.Files.Select(f => f.Unwrapped).ToList();

    private static void CheckInsideRepo(IEnumerable<Model.Documents.TextValue> owned)
    {
        var escaping = owned.Where(v => RepoPaths.Escapes(v.Unwrapped)).ToList();
        if (escaping.Count > 0)
        {
            throw new HarnessInputException(string.Join('\n', escaping.Select(v =>
                $"{v.Location.File}:{v.Location.Line}:{v.Location.Column}: owned file '{v.Unwrapped}' leaves the repo; owned files are repo-relative")));
        }
    }

    /// <summary>Paths compare as git compares them: ignoring case when core.ignorecase is true.</summary>
    private static bool IgnoreCase(Workspace workspace) =>
        workspace.Git?.ConfigFlag("core.ignorecase") == true;
}
