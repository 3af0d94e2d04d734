using Harness.Core.Model.Documents;
using Harness.Core.Model.Evidence;
using Harness.Core.Model.Git;
using Harness.Core.Model.Schedule;
using Harness.Core.Model.Workspaces;
using Harness.Core.Model.Worktrees;

namespace Harness.Core.Agents;

/// <summary>
/// Reads one agent: its divergence from the base from git, and its artifacts where they live. A work tree's are read
/// from its working folder (the agent's live state: an unsaved-to-git note, the verify evidence git never holds); a
/// pushed branch's from its commits since the base (the newest commit touching the note or a handoff dates it).
/// </summary>
internal sealed class AgentReader(Workspace workspace, IGitRepository git, string baseCommit, DivergenceIndex? divergences, Func<string, IGitRepository?> openGit)
{
    private const string HarnessFolder = ".harness/";

    public AgentView Read(AgentPlaceOf place)
    {
        // The one log of every agent's commits answers most; git is asked for this agent alone only where it cannot.
        var divergence = divergences?.Of(place.Reference) is { } known ? GitAnswer<GitDivergence>.Of(known) : git.Divergence(baseCommit, place.Reference);
        var ahead = divergence.Value?.Ahead ?? [];
        var behind = divergence.Value?.Behind ?? [];
        var problem = divergence.Ok ? null : $"git could not compare it with the base: {divergence.Error}";
        var committed = Work(divergence.Value?.AheadFiles ?? []);
        var baseMoved = divergence.Value?.BehindFiles ?? [];
        var view = new AgentView(place.Place, place.Where, place.Branch, place.TaskId, place.Track, null, null, ahead.Count, behind.Count,
            committed, [], baseMoved, VerifyState.None, "no verify recorded", null, null, problem);
        return place.Place == AgentPlace.Worktree ? InWorktree(view, place) : OnBranch(view, place, ahead);
    }

    private AgentView InWorktree(AgentView view, AgentPlaceOf place)
    {
        var root = Path.Combine(place.Where, git.Prefix);
        var treeGit = openGit(root);
        var status = treeGit?.Status();
        view = view with { Uncommitted = Work(status?.Changed ?? []) };
        if (place.TaskId is null || !Directory.Exists(root))
        {
            return view;
        }
        // A handle, not FindTask: finding a task lists every task, which parses every feature list of the work tree,
        // and the track's owner and status come from this checkout's feature list anyway (the merged plan).
        var tree = Workspace.Open(root, _ => treeGit);
        var task = tree.TaskHandle(place.TaskId);
        view = Described(view, place) with
        {
            Note = Stamp(tree, task.NotePath),
            Handoff = task.HandoffPaths.Select(p => Stamp(tree, p)).OfType<ArtifactStamp>().OrderByDescending(s => s.Time).FirstOrDefault(),
        };
        var errors = new List<InputError>();
        var latest = new EvidenceStore(tree.Root, tree.Config.EvidencePath, tree.Folders).LatestByTrack(task.Id, errors);
        if (latest.TryGetValue(place.Track ?? "", out var record))
        {
            var verdict = new Freshness(treeGit, tree.Config).Of(record.Record);
            view = view with { Verify = verdict.State, VerifyReason = verdict.Reason };
        }
        else if (errors.Count > 0)
        {
            view = view with { Verify = VerifyState.Unknown, VerifyReason = $"its evidence cannot be read: {errors[0].Message}" };
        }
        return view;
    }

    private AgentView OnBranch(AgentView view, AgentPlaceOf place, IReadOnlyList<GitCommit> ahead)
    {
        view = Described(view, place) with { VerifyReason = "a pushed branch carries no verify evidence (it stays in the agent's work tree)" };
        if (place.TaskId is null || workspace.FindTask(place.TaskId) is not { } task)
        {
            return view;
        }
        ArtifactStamp? Newest(Func<string, bool> matches) =>
            ahead.Where(c => c.Files.Any(matches)).Select(c => new ArtifactStamp(c.Files.First(matches), c.Time)).FirstOrDefault();
        var folder = task.HandoffFolder.TrimEnd('/') + "/";
        return view with
        {
            Note = Newest(f => f == task.NotePath),
            Handoff = Newest(f => f.StartsWith(folder, StringComparison.Ordinal) && f.EndsWith(".md", StringComparison.OrdinalIgnoreCase)),
        };
    }

    /// <summary>The owner and status of the agent's track as this checkout's feature list says them.</summary>
    private AgentView Described(AgentView view, AgentPlaceOf place)
    {
        var track = place.TaskId is null || place.Track is null ? null : workspace.FindTask(place.TaskId)?.FeatureList?.FindTrack(place.Track);
        var parent = place.TaskId is null ? null : SubTasks.ParentsOf(place.TaskId).FirstOrDefault();
        return view with
        {
            Owner = track?.Owner?.Unwrapped,
            TrackStatus = track?.Status?.Unwrapped,
            Parent = parent is null ? null : new SubTaskParent(parent.TaskId, parent.Track.Id),
        };
    }

    // Built on first use, once for every agent: which track hands its work to which task.
    private SubTaskGraph SubTasks => _subTasks ??= SubTaskGraph.Of(workspace);

    private SubTaskGraph? _subTasks;

    private static ArtifactStamp? Stamp(Workspace tree, string path)
    {
        var full = tree.FullPath(path);
        return File.Exists(full) ? new ArtifactStamp(path, new DateTimeOffset(File.GetLastWriteTimeUtc(full), TimeSpan.Zero)) : null;
    }

    /// <summary>Changed files that are work: harness's own evidence and templates under .harness/ are not.</summary>
    private static List<string> Work(IEnumerable<string> files) =>
        files.Where(f => !f.StartsWith(HarnessFolder, StringComparison.Ordinal)).Distinct(StringComparer.Ordinal).ToList();
}
