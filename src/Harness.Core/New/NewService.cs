using Harness.Core.Model.Artifacts;
using Harness.Core.Model.CommandLine;
using Harness.Core.Model.Config;
using Harness.Core.Model.Templates;
using Harness.Core.Model.Workspaces;
using Harness.Core.Model.Writing;

namespace Harness.Core.New;

/// <summary>
/// Starts a task. A long-running task gets a plan, a Progress Note and its tracks in a feature list: the
/// scaffolded list while it belongs to no feature, else a feature list of its own. A single-agent task gets
/// a task brief and a Progress Note. An id in use is refused; no file of another task is rewritten.
/// </summary>
public static class NewService
{
    public static IReadOnlyList<FileAction> Run(Workspace workspace, NewRequest request)
    {
        var config = workspace.Config;
        TaskIdSafety.ThrowIfUnsafe(request.Id);
        if (!config.IsValidId(request.Id))
        {
            throw new HarnessInputException(
                $"'{request.Id}' is no task id here: ids match {config.IdPatternText} (idPattern in harness.yml), like FEATURE-002 or BUG-001");
        }
        if (string.IsNullOrWhiteSpace(request.Title))
        {
            throw new HarnessInputException($"{CommandWords.Title} must say what the task is for");
        }
        if (workspace.ArchivedTaskIds.Contains(request.Id, StringComparer.Ordinal))
        {
            throw new HarnessInputException($"task {request.Id} exists already: {workspace.ArchivedMessage(request.Id)}; or pick another id");
        }
        var task = workspace.TaskHandle(request.Id);
        foreach (var path in new[] { task.PlanPath, task.BriefPath, task.NotePath })
        {
            if (workspace.Exists(path))
            {
                throw new HarnessInputException($"task {request.Id} exists already ({path}); pick another id");
            }
        }
        // Held from before the feature lists are read until the claim is written: of several `new` at once, each
        // sees what the one before it wrote, and none claims a list another has just claimed.
        using var listLock = FileLock.Acquire(workspace.Root, config.FeatureListPath, TimeSpan.FromSeconds(20));
        var claimedList = workspace.FeatureListOf(request.Id);
        _ = workspace.ReadFeatureList(config.FeatureListPath);
        workspace.ThrowIfInputErrors();
        if (claimedList is { } claimed)
        {
            throw new HarnessInputException($"task {request.Id} exists already (feature list {claimed.Path}); pick another id");
        }

        var templates = new TemplateStore(workspace.Root, config.TemplatesPath);
        return request.SingleAgent
            ? StartSingleAgent(workspace, templates, task, request)
            : StartLongRunning(workspace, templates, task, request);
    }

    private static List<FileAction> StartSingleAgent(Workspace workspace, TemplateStore templates, HarnessTask task, NewRequest request)
    {
        var model = Model(request);
        var actions = new List<FileAction>
        {
            Create(workspace, task.BriefPath, templates.Render(TemplateStore.Brief, model)),
        };
        model["primary"] = task.BriefPath;
        model["feature_list"] = null;
        actions.Add(Create(workspace, task.NotePath, templates.Render(TemplateStore.ProgressNote, model)));
        return actions;
    }

    private static List<FileAction> StartLongRunning(Workspace workspace, TemplateStore templates, HarnessTask task, NewRequest request)
    {
        var tracks = request.Tracks.Count > 0 ? request.Tracks : [new TrackSpec("A", "coder-a")];
        var duplicate = tracks.GroupBy(t => t.Id, TrackIds.Comparer).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new HarnessInputException($"{CommandWords.Track} {duplicate.Key} is given twice; track ids must differ");
        }
        var trackModels = tracks.Select(t => TrackModel(t, tracks.Count)).ToList();
        var tracksMarkdown = string.Concat(trackModels.Select(t => templates.Render(TemplateStore.Track, t)));

        var actions = new List<FileAction>();
        var featureListPath = AddToFeatureList(workspace, templates, request, tracksMarkdown, actions);

        var model = Model(request);
        model["tracks"] = trackModels;
        model["feature_list"] = featureListPath;
        model["note"] = task.NotePath;
        actions.Add(Create(workspace, task.PlanPath, templates.Render(TemplateStore.Plan, model)));
        model["primary"] = task.PlanPath;
        actions.Add(Create(workspace, task.NotePath, templates.Render(TemplateStore.ProgressNote, model)));
        return actions;
    }

    private static string AddToFeatureList(Workspace workspace, TemplateStore templates, NewRequest request,
        string tracksMarkdown, List<FileAction> actions)
    {
        var config = workspace.Config;
        var defaultList = workspace.ReadFeatureList(config.FeatureListPath);
        if (defaultList is not null && defaultList.Feature is null)
        {
            FeatureListClaim.Apply(workspace, defaultList, request.Id, tracksMarkdown);
            actions.Add(new FileAction(FileActionKind.Updated, defaultList.Path));
            return defaultList.Path;
        }
        var path = workspace.Exists(config.FeatureListPath) ? config.FeatureListPathFor(request.Id) : config.FeatureListPath;
        var content = templates.Render(TemplateStore.FeatureList, new Dictionary<string, object?>
        {
            ["feature"] = request.Id,
            ["title"] = request.Title,
            ["tracks"] = tracksMarkdown,
        });
        actions.Add(Create(workspace, path, content));
        return path;
    }

    private static Dictionary<string, object?> Model(NewRequest request) => new()
    {
        ["placeholder"] = ScaffoldPlaceholders.Model(),
        ["id"] = request.Id,
        ["title"] = request.Title.Trim(),
        ["next_step"] = request.SingleAgent
            ? "Fill in the brief's Scope and Verification, then take the first work package."
            : "Planner: freeze the plan's scope and give every track its owned files and verify command.",
    };

    private static Dictionary<string, object?> TrackModel(TrackSpec track, int trackCount)
    {
        var slug = track.Id.ToLowerInvariant();
        IReadOnlyList<string> owned = OwnerRoles.IsReviewOrVerify(track.Owner) ? [$"docs/track-{slug}/**"]
            : trackCount == 1 ? ["src/**", "tests/**"]
            : [$"src/track-{slug}/**", $"tests/track-{slug}/**"];
        return new Dictionary<string, object?>
        {
            ["id"] = track.Id,
            ["title"] = "",
            ["owner"] = track.Owner,
            ["goal"] = ScaffoldPlaceholders.TrackGoal.Sentence,
            ["placeholder"] = ScaffoldPlaceholders.Model(),
            ["owned_files"] = owned,
            ["dependencies"] = Array.Empty<string>(),
        };
    }

    private static FileAction Create(Workspace workspace, string path, string content)
    {
        if (!AtomicFile.TryCreate(workspace.FullPath(path), content))
        {
            throw new HarnessInputException($"{path}: exists already; harness new never overwrites a file");
        }
        return new FileAction(FileActionKind.Created, path);
    }
}
