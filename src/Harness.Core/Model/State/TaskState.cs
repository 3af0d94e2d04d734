using Harness.Core.Model.Artifacts;
using Harness.Core.Model.Evidence;
using Harness.Core.Model.Schedule;
using Harness.Core.Model.Workspaces;

namespace Harness.Core.Model.State;

/// <summary>
/// The state of one task, built once per command call: its artifacts, each read once, the tracks with their
/// graph and Merge Order reading, the git facts, one freshness judge, the stated verify commands, and the track
/// the agent works on (or none). Restart, assess and the planner's assessment read it, so they never disagree.
/// </summary>
public sealed class TaskState
{
    private Model.Evidence.StatedCommands? _stated;
    private BaseBranchCheck? _baseCheck;
    private readonly Lazy<TrackGraph> _graph;
    private readonly Lazy<MergeOrderReading> _mergeOrder;

    public TaskState(Workspace workspace, HarnessTask task, GitFacts git)
    {
        Workspace = workspace;
        Task = task;
        Git = git;
        Freshness = new Freshness(workspace.Git, workspace.Config);
        SingleAgent = !task.IsLongRunning;
        Plan = task.Plan;
        Brief = task.Brief;
        Note = task.Note;
        FeatureList = SingleAgent ? null : task.FeatureList;
        Protocol = workspace.RestartProtocol;
        Playbook = workspace.Playbook;
        workspace.ThrowIfInputErrors();
        _graph = new Lazy<TrackGraph>(() => new TrackGraph(Tracks));
        _mergeOrder = new Lazy<MergeOrderReading>(() =>
            Model.Schedule.MergeOrder.Read(Tracks, Graph, Model.Schedule.MergeOrder.LinesOf(Plan, Playbook), FeatureList?.Path));
    }

    public Workspace Workspace { get; }

    public HarnessTask Task { get; }

    public GitFacts Git { get; }

    /// <summary>How fresh each verify record is now: one judge for the whole command.</summary>
    public Freshness Freshness { get; }

    public bool SingleAgent { get; }

    public Plan? Plan { get; }

    public TaskBrief? Brief { get; }

    public ProgressNote? Note { get; }

    public FeatureList? FeatureList { get; }

    public RestartProtocol? Protocol { get; }

    public Playbook? Playbook { get; }

    public IReadOnlyList<Track> Tracks => FeatureList?.Tracks ?? [];

    /// <summary>The tracks' dependency graph, built once.</summary>
    public TrackGraph Graph => _graph.Value;

    /// <summary>
    /// The Merge Order read against the tracks, once: what assess calls "may run in parallel now" and what
    /// restart and assess count as "can run at the same time" both come from its schedule, as `harness order` does.
    /// </summary>
    public MergeOrderReading MergeOrder => _mergeOrder.Value;

    /// <summary>The track the Progress Note's front matter names, if the feature list lists it.</summary>
    public Track? NoteTrack => Note?.Track is { } named ? FeatureList?.FindTrack(named.Unwrapped) : null;

    /// <summary>The track the agent works on; null for the planner of the whole feature.</summary>
    public Track? Track { get; set; }

    /// <summary>What the base branch holds that HEAD lacks, for the agent's track, asked of git once; null for the planner and a brief.</summary>
    public BaseBranchCheck? BaseCheck => Track is null ? null : _baseCheck ??= BaseBranchCheck.Run(this, Track);

    /// <summary>The verify commands the task and the repo state, offered where a fix asks for one (never a guess).</summary>
    public Model.Evidence.StatedCommands StatedCommands => _stated ??= new Model.Evidence.StatedCommands(Workspace.Root, Plan, Brief);

    /// <summary>Where the task's feature list is or belongs.</summary>
    public string FeatureListPath => FeatureList?.Path ?? Workspace.Config.FeatureListPath;
}
