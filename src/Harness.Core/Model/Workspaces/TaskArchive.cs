using Harness.Core.Model.Config;

namespace Harness.Core.Model.Workspaces;

/// <summary>One path of an archived task: where it lived, and where the archive keeps it (repo-relative).</summary>
public sealed record ArchivePath(string Live, string Archived);

/// <summary>A task `harness archive` put away, and the folder that holds it (tasks/archive/ID).</summary>
public sealed record ArchivedTask(string Id, string Folder);

/// <summary>
/// Where finished tasks are kept: a folder per task under the tasks folder's archive/ (`tasks/archive/ID/`), holding
/// the task's plan, brief, Progress Note and handoffs folder under their own names, its own feature list under its
/// name, and its evidence as evidence/. Tasks are found only directly in the tasks folder and feature lists only
/// beside the default one, so nothing in the archive is ever read as a live task.
/// </summary>
public sealed class TaskArchive(HarnessConfig config)
{
    public const string FolderName = "archive";
    public const string EvidenceFolderName = "evidence";

    /// <summary>The archive folder: archive/ in the tasks folder.</summary>
    public string Root => config.TasksPath.Length == 0 ? FolderName : $"{config.TasksPath}/{FolderName}";

    /// <summary>The folder one archived task's artifacts are kept in.</summary>
    public string FolderOf(string taskId) => $"{Root}/{taskId}";

    /// <summary>
    /// The paths of a live task and where archiving puts them: plan, brief, note, handoffs, the feature list if it is
    /// the task's own, and its evidence; those that exist only.
    /// </summary>
    public IReadOnlyList<ArchivePath> PathsOf(HarnessTask task, Func<string, bool> exists)
    {
        var folder = FolderOf(task.Id);
        var paths = new List<ArchivePath>();
        foreach (var live in new[] { task.PlanPath, task.BriefPath, task.NotePath, task.HandoffFolder })
        {
            paths.Add(new ArchivePath(live, $"{folder}/{NameOf(live)}"));
        }
        if (task.FeatureList is { } list)
        {
            paths.Add(new ArchivePath(list.Path, $"{folder}/{NameOf(list.Path)}"));
        }
        paths.Add(new ArchivePath(task.EvidenceFolder, $"{folder}/{EvidenceFolderName}"));
        return paths.Where(p => exists(p.Live)).ToList();
    }

    /// <summary>
    /// Where each entry of an archived task's folder goes back to: its evidence to the evidence folder, its plan, brief,
    /// note and handoffs to the tasks folder, anything else (its feature list) beside the default feature list.
    /// </summary>
    public ArchivePath Origin(string taskId, string entryName)
    {
        var archived = $"{FolderOf(taskId)}/{entryName}";
        if (entryName == EvidenceFolderName)
        {
            return new ArchivePath($"{config.EvidencePath}/{taskId}", archived);
        }
        var ownNames = new[] { "-plan.md", "-brief.md", "-progress.md", "-handoffs" }.Select(suffix => taskId + suffix);
        var folder = ownNames.Contains(entryName, StringComparer.Ordinal) ? config.TasksPath : config.FeatureListFolder;
        return new ArchivePath(folder.Length == 0 ? entryName : $"{folder}/{entryName}", archived);
    }

    private static string NameOf(string path) => path[(path.LastIndexOf('/') + 1)..];
}
