using Harness.Core.Model.Artifacts;
using Harness.Core.Model.Documents;
using Harness.Core.Model.Evidence;
using Harness.Core.Model.Schedule;
using Harness.Core.Model.Workspaces;

namespace Harness.Core.Model.State;

/// <summary>
/// A track as the sub-task tree sees it: its status and verify rolled up from its sub-task (or its own when it
/// has none), and the sub-task's roll-up when it names one.
/// </summary>
public sealed record RolledUpTrack(string TaskId, Track Track, TrackStatus Status, VerifyState Verify, SubTaskRollup? SubTask);

/// <summary>
/// What a track's sub-task comes to: the task it names (<see cref="Found"/> false when no task has that id), its
/// tracks rolled up in turn, how many are finished, and the circle when the sub-task leads back to a task on the
/// way to it (<see cref="Cycle"/>, empty otherwise). Neither a missing task nor a circle is followed.
/// </summary>
public sealed record SubTaskRollup(string TaskId, TextValue Line, bool Found, IReadOnlyList<string> Cycle,
    IReadOnlyList<RolledUpTrack> Tracks, TrackStatus Status, VerifyState Verify)
{
    public int Done => Tracks.Count(t => t.Status.IsFinished());

    public int Total => Tracks.Count;
}

/// <summary>
/// Rolls a track's status and verify up from the task its Sub-task field names (issue 18, item 4), as a planner
/// reads a sub-planner's work:
/// <list type="bullet">
/// <item>status: done when every track of the sub-task is finished (done or verified); else in progress when any
/// of them has started (any status but not-started or one lint does not know); else the track's status as
/// written, so a person's word stands until the sub-task's work begins;</item>
/// <item>verify: pass only when every track of the sub-task passes; otherwise the worst of fail, stale, unknown,
/// none (<see cref="TrackVerify.Worst"/>), each track's verify judged by the one freshness rule;</item>
/// <item>a sub-task with no tracks (a single-agent task, a task not yet split), a sub-task no task answers to, and
/// a circle of sub-tasks leave the track's status and verify as written.</item>
/// </list>
/// Nested sub-tasks roll up bottom-first on an explicit stack, each task once per tree, so the depth of a chain
/// is the repo's to choose and never the call stack's; a task met again on the way down is a circle, not a descent.
/// </summary>
public sealed class SubTaskTree
{
    private readonly Workspace _workspace;
    private readonly GitFacts _git;
    private readonly Freshness _freshness;
    private readonly SubTaskGraph _graph;
    private readonly Dictionary<string, TaskState> _states = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<RolledUpTrack>> _rolled = new(StringComparer.Ordinal);

    public SubTaskTree(Workspace workspace, GitFacts git, Freshness freshness, params IEnumerable<TaskState> known)
    {
        _workspace = workspace;
        _git = git;
        _freshness = freshness;
        _graph = SubTaskGraph.Of(workspace);
        foreach (var state in known)
        {
            _states[state.Task.Id] = state;
        }
    }

    /// <summary>A tree over a task's own state (its git facts and freshness judge serve the sub-tasks too).</summary>
    public static SubTaskTree For(TaskState state) => new(state.Workspace, state.Git, state.Freshness, state);

    public SubTaskGraph Graph => _graph;

    /// <summary>The track rolled up; a track of no sub-task as written.</summary>
    public RolledUpTrack Of(string taskId, Track track)
    {
        if (track.SubTask is null)
        {
            return Leaf(taskId, track);
        }
        foreach (var rolled in TracksOf(taskId))
        {
            if (ReferenceEquals(rolled.Track, track))
            {
                return rolled;
            }
        }
        // A track of a list that is not the task's own (a caller's copy): rolled up alone, from the task down.
        if (track.SubTask.Text != taskId && _graph.Names(track.SubTask.Text))
        {
            TracksOf(track.SubTask.Text);
        }
        return Rolled(taskId, track, [taskId]);
    }

    /// <summary>Every track of a task rolled up, its sub-tasks' sub-tasks included.</summary>
    public IReadOnlyList<RolledUpTrack> TracksOf(string taskId)
    {
        if (_rolled.TryGetValue(taskId, out var known))
        {
            return known;
        }
        var stack = new Stack<Frame>();
        var onPath = new List<string>();
        Push(stack, onPath, taskId);
        while (stack.Count > 0)
        {
            var frame = stack.Peek();
            if (frame.Index == frame.Tracks.Count)
            {
                stack.Pop();
                onPath.RemoveAt(onPath.Count - 1);
                _rolled[frame.TaskId] = frame.Results;
                continue;
            }
            var track = frame.Tracks[frame.Index];
            if (track.SubTask is { } sub && _graph.Names(sub.Text) && !onPath.Contains(sub.Text) && !_rolled.ContainsKey(sub.Text))
            {
                Push(stack, onPath, sub.Text);   // its tracks first; this track is rolled up when they are
                continue;
            }
            frame.Results.Add(Rolled(frame.TaskId, track, onPath));
            frame.Index++;
        }
        return _rolled[taskId];
    }

    private void Push(Stack<Frame> stack, List<string> onPath, string taskId)
    {
        stack.Push(new Frame(taskId, _graph.TracksOf(taskId)));
        onPath.Add(taskId);
    }

    // The track with its sub-task's tracks already rolled up (or missing, or on the path: a circle).
    private RolledUpTrack Rolled(string taskId, Track track, IReadOnlyList<string> onPath)
    {
        if (track.SubTask is not { } sub)
        {
            return Leaf(taskId, track);
        }
        var leaf = Leaf(taskId, track);
        if (!_graph.Names(sub.Text))
        {
            return leaf with { SubTask = new SubTaskRollup(sub.Text, sub, false, [], [], leaf.Status, leaf.Verify) };
        }
        var at = IndexOf(onPath, sub.Text);
        if (at >= 0)
        {
            var cycle = onPath.Skip(at).Append(sub.Text).ToList();
            return leaf with { SubTask = new SubTaskRollup(sub.Text, sub, true, cycle, [], leaf.Status, leaf.Verify) };
        }
        var tracks = _rolled[sub.Text];
        var status = StatusOf(track, tracks);
        var verify = tracks.Count == 0 ? leaf.Verify : TrackVerify.Worst(tracks.Select(t => t.Verify));
        return new RolledUpTrack(taskId, track, status, verify, new SubTaskRollup(sub.Text, sub, true, [], tracks, status, verify));
    }

    private static TrackStatus StatusOf(Track track, IReadOnlyList<RolledUpTrack> tracks)
    {
        if (tracks.Count == 0)
        {
            return track.StatusKind;
        }
        if (tracks.All(t => t.Status.IsFinished()))
        {
            return TrackStatus.Done;
        }
        return tracks.Any(t => t.Status is not (TrackStatus.NotStarted or TrackStatus.Unknown)) ? TrackStatus.InProgress : track.StatusKind;
    }

    private RolledUpTrack Leaf(string taskId, Track track) => new(taskId, track, track.StatusKind, TrackVerify.Of(StateOf(taskId), track), null);

    private TaskState StateOf(string taskId)
    {
        if (!_states.TryGetValue(taskId, out var state))
        {
            state = TaskState.AsNeeded(_workspace, _workspace.TaskHandle(taskId), _git, _freshness);
            _states[taskId] = state;
        }
        return state;
    }

    private static int IndexOf(IReadOnlyList<string> path, string taskId)
    {
        for (var i = 0; i < path.Count; i++)
        {
            if (string.Equals(path[i], taskId, StringComparison.Ordinal))
            {
                return i;
            }
        }
        return -1;
    }

    private sealed class Frame(string taskId, IReadOnlyList<Track> tracks)
    {
        public string TaskId { get; } = taskId;

        public IReadOnlyList<Track> Tracks { get; } = tracks;

        public List<RolledUpTrack> Results { get; } = [];

        public int Index { get; set; }
    }
}
