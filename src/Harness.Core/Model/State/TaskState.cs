using Harness.Core.Model.Artifacts;
using Harness.Core.Model.Evidence;
using Harness.Core.Model.Schedule;
using Harness.Core.Model.Workspaces;

namespace Harness.Core.Model.State;

/// <summary>
/// The state of one task, built once per command call: its artifacts, each read once, the tracks with their
/// graph and Merge Order reading, the git facts, one freshness judge, the latest evidence per track (one error
/// path), the note's time and what changed since it, the stated verify commands, and the track the agent works
/// on (or none). Restart, assess, status, note and handoff read it, so they never disagree.
/// </summary>
public sealed class TaskState
{
    private Model.Evidence.StatedCommands? _stated;
    private BaseBranchCheck? _baseCheck;
    private (Track Track, Task<BaseBranchCheck> Check)? _startedBaseCheck;
    private readonly Lazy<TrackGraph> _graph;
    private readonly Lazy<MergeOrderReading> _mergeOrder;
    private readonly Lazy<Plan?> _plan;
    private readonly Lazy<TaskBrief?> _brief;
    private readonly Lazy<ProgressNote?> _note;
    private readonly Lazy<FeatureList?> _featureList;
    private readonly Lazy<RestartProtocol?> _protocol;
    private readonly Lazy<Playbook?> _playbook;
    private readonly Lazy<IReadOnlyDictionary<string, (string Path, EvidenceRecord Record)>> _latest;
    private readonly Lazy<IReadOnlyList<string>?> _changedSinceNote;

    /// <summary>The whole state of a task whose every artifact must be readable (restart, assess): an input error otherwise.</summary>
    public TaskState(Workspace workspace, HarnessTask task, GitFacts git) : this(workspace, task, git, null, readAll: true)
    {
    }

    private TaskState(Workspace workspace, HarnessTask task, GitFacts git, Freshness? freshness, bool readAll)
    {
        Workspace = workspace;
        Task = task;
        Git = git;
        Freshness = freshness ?? new Freshness(workspace.Git, workspace.Config);
        SingleAgent = !task.IsLongRunning;
        _plan = new Lazy<Plan?>(() => task.Plan);
        _brief = new Lazy<TaskBrief?>(() => task.Brief);
        _note = new Lazy<ProgressNote?>(() => task.Note);
        _featureList = new Lazy<FeatureList?>(() => SingleAgent ? null : task.FeatureList);
        _protocol = new Lazy<RestartProtocol?>(() => workspace.RestartProtocol);
        _playbook = new Lazy<Playbook?>(() => workspace.Playbook);
        _latest = new Lazy<IReadOnlyDictionary<string, (string Path, EvidenceRecord Record)>>(() => EvidenceStore.LatestOrThrow(workspace, task.Id));
        _changedSinceNote = new Lazy<IReadOnlyList<string>?>(() => SinceNote.ChangedPaths(workspace, Note, task.NotePath));
        _graph = new Lazy<TrackGraph>(() => new TrackGraph(Tracks));
        _mergeOrder = new Lazy<MergeOrderReading>(() =>
            Model.Schedule.MergeOrder.Read(Tracks, Graph, Model.Schedule.MergeOrder.LinesOf(Plan, Playbook), FeatureList?.Path));
        if (readAll)
        {
            _ = (Plan, Brief, Note, FeatureList, Protocol, Playbook);
            workspace.ThrowIfInputErrors();
        }
    }

    /// <summary>
    /// The state of a task for a command that reads only part of it (status, note, handoff): each artifact is
    /// read when first asked, and an unreadable one is the command's to report, as it always was. A command over
    /// several tasks hands each the same git facts and freshness judge, so git is asked once for all of them.
    /// </summary>
    public static TaskState AsNeeded(Workspace workspace, HarnessTask task, GitFacts git, Freshness? freshness = null) =>
        new(workspace, task, git, freshness, readAll: false);

    public Workspace Workspace { get; }

    public HarnessTask Task { get; }

    public GitFacts Git { get; }

    /// <summary>How fresh each verify record is now: one judge for the whole command.</summary>
    public Freshness Freshness { get; }

    public bool SingleAgent { get; }

    public Plan? Plan => _plan.Value;

    public TaskBrief? Brief => _brief.Value;

    public ProgressNote? Note => _note.Value;

    /// <summary>The feature list of a long-running task; null for a single-agent task.</summary>
    public FeatureList? FeatureList => _featureList.Value;

    public RestartProtocol? Protocol => _protocol.Value;

    public Playbook? Playbook => _playbook.Value;

    /// <summary>The newest evidence record of each track (a single-agent task's under ""); an input error when evidence cannot be read.</summary>
    public IReadOnlyDictionary<string, (string Path, EvidenceRecord Record)> LatestEvidence => _latest.Value;

    /// <summary>The latest recorded run of each track of the task (the brief's too), in track order.</summary>
    public IReadOnlyList<EvidenceRecord> LatestRecords =>
        LatestEvidence.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => e.Value.Record).ToList();

    /// <summary>Files changed since the Progress Note (see <see cref="SinceNote.ChangedPaths"/>), asked once; null outside git.</summary>
    public IReadOnlyList<string>? ChangedSinceNote => _changedSinceNote.Value;

    /// <summary>When the Progress Note was last written; null without a note.</summary>
    public ArtifactTime? NoteTime => Note is { } note ? State.NoteTime.Of(Workspace.FullPath(note.Path), note, Git) : null;

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
    public BaseBranchCheck? BaseCheck => Track is null ? null : _baseCheck ??= Started(Track) ?? BaseBranchCheck.Run(this, Track);

    /// <summary>
    /// Starts the base branch check for the agent's track on a thread of its own: its git questions (upstream, the
    /// base's commit, HEAD, what the base holds) follow one another, and each is a process that mostly waits, so
    /// they overlap the reading of the packet instead of following it. Nothing starts for the planner or a brief.
    /// </summary>
    public void StartBaseCheck()
    {
        if (Track is { } track && Workspace.Git is not null && _startedBaseCheck is null)
        {
            _startedBaseCheck = (track, System.Threading.Tasks.Task.Factory.StartNew(() => BaseBranchCheck.Run(this, track),
                CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default));
        }
    }

    // The started check counts only for the track it was started for; an error surfaces here, as unstarted.
    private BaseBranchCheck? Started(Track track) =>
        _startedBaseCheck is { } started && ReferenceEquals(started.Track, track) ? started.Check.GetAwaiter().GetResult() : null;

    /// <summary>The verify commands the task and the repo state, offered where a fix asks for one (never a guess).</summary>
    public Model.Evidence.StatedCommands StatedCommands => _stated ??= new Model.Evidence.StatedCommands(Workspace.Root, Plan, Brief);

    /// <summary>Where the task's feature list is or belongs.</summary>
    public string FeatureListPath => FeatureList?.Path ?? Workspace.Config.FeatureListPath;
}
