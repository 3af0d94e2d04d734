using Harness.Core.Artifacts;
using Harness.Core.Workspaces;

namespace Harness.Core.Packet;

/// <summary>The artifacts of one task, each read once, and the track the agent works on (or none).</summary>
public sealed class PacketSources
{
    private Verify.StatedCommands? _stated;

    public PacketSources(Workspace workspace, HarnessTask task, GitFacts git)
    {
        Workspace = workspace;
        Task = task;
        Git = git;
        SingleAgent = !task.IsLongRunning;
        Plan = task.Plan;
        Brief = task.Brief;
        Note = task.Note;
        FeatureList = SingleAgent ? null : task.FeatureList;
        Protocol = workspace.RestartProtocol;
        Playbook = workspace.Playbook;
        workspace.ThrowIfInputErrors();
    }

    public Workspace Workspace { get; }

    public HarnessTask Task { get; }

    public GitFacts Git { get; }

    public bool SingleAgent { get; }

    public Plan? Plan { get; }

    public TaskBrief? Brief { get; }

    public ProgressNote? Note { get; }

    public FeatureList? FeatureList { get; }

    public RestartProtocol? Protocol { get; }

    public Playbook? Playbook { get; }

    public IReadOnlyList<Track> Tracks => FeatureList?.Tracks ?? [];

    /// <summary>The track the agent works on; null for the planner of the whole feature.</summary>
    public Track? Track { get; set; }

    /// <summary>The verify commands the task and the repo state, offered where a fix asks for one (never a guess).</summary>
    public Verify.StatedCommands StatedCommands => _stated ??= new Verify.StatedCommands(Workspace.Root, Plan, Brief);

    /// <summary>Where the task's feature list is or belongs.</summary>
    public string FeatureListPath => FeatureList?.Path ?? Workspace.Config.FeatureListPath;
}
