using Harness.Core.Model.Artifacts;

namespace Harness.Core.Model.Workspaces;

/// <summary>
/// One task of a repo and its artifacts: a long-running task has a plan and a feature list; a single-agent
/// task has a task brief. Either has a Progress Note once it has begun.
/// </summary>
public sealed class HarnessTask
{
    private readonly Workspace _workspace;

    internal HarnessTask(Workspace workspace, string id)
    {
        _workspace = workspace;
        Id = id;
        var tasks = workspace.Config.TasksPath;
        PlanPath = $"{tasks}/{id}-plan.md";
        BriefPath = $"{tasks}/{id}-brief.md";
        NotePath = $"{tasks}/{id}-progress.md";
        HandoffFolder = $"{tasks}/{id}-handoffs";
        EvidenceFolder = $"{workspace.Config.EvidencePath}/{id}";
    }

    public string Id { get; }

    public string PlanPath { get; }

    public string BriefPath { get; }

    public string NotePath { get; }

    public string HandoffFolder { get; }

    public string EvidenceFolder { get; }

    public Plan? Plan => _workspace.ReadPlan(PlanPath);

    public TaskBrief? Brief => _workspace.ReadBrief(BriefPath);

    public ProgressNote? Note => _workspace.ReadNote(NotePath);

    /// <summary>The feature list this task's feature owns, or null.</summary>
    public FeatureList? FeatureList => _workspace.FeatureListOf(Id);

    public bool HasPlan => _workspace.Exists(PlanPath);

    public bool HasBrief => _workspace.Exists(BriefPath);

    public bool HasNote => _workspace.Exists(NotePath);

    /// <summary>A task with a plan or a feature list of its own; otherwise a single-agent task.</summary>
    public bool IsLongRunning => HasPlan || FeatureList is not null || !HasBrief;

    /// <summary>Handoff files of this task, oldest first (their names start with a UTC timestamp).</summary>
    public IReadOnlyList<string> HandoffPaths => _workspace.ListMarkdown(HandoffFolder);

    public HandoffDocument? ReadHandoff(string path) => _workspace.ReadHandoff(path);
}
