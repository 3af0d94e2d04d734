using Harness.Core.Model.Artifacts;

namespace Harness.Core.Model.Schedule;

/// <summary>
/// Who waits for whom, from the merge sequence: a track waits for every track of an earlier step and for its
/// dependencies, direct or not; tracks of one step are side by side. `order --check`, assess's "may run in
/// parallel now" and the ownership overlap of lint, restart and assess all ask this one class, so they never
/// disagree on which tracks may run at the same time.
/// </summary>
public sealed class MergeSchedule
{
    private readonly IReadOnlyList<MergeStep> _steps;
    private readonly TrackGraph _graph;
    private readonly Dictionary<Track, int> _stepOf = new(ReferenceEqualityComparer.Instance);

    public MergeSchedule(IReadOnlyList<MergeStep> steps, TrackGraph graph)
    {
        _steps = steps;
        _graph = graph;
        foreach (var step in steps)
        {
            foreach (var track in step.Tracks)
            {
                _stepOf.TryAdd(track, step.Number);
            }
        }
    }

    /// <summary>The number of the step <paramref name="track"/> merges in; past the last step for a track of no step.</summary>
    public int StepOf(Track track) => _stepOf.TryGetValue(track, out var number) ? number : int.MaxValue;

    /// <summary>Every track that must merge before <paramref name="track"/>: those of earlier steps, then its dependencies.</summary>
    public IReadOnlyList<Track> MustMergeBefore(Track track)
    {
        var step = StepOf(track);
        return _steps.Where(s => s.Number < step).SelectMany(s => s.Tracks)
            .Concat(_graph.AllDependenciesOf(track))
            .Where(t => !ReferenceEquals(t, track))
            .Distinct()
            .ToList();
    }

    /// <summary>The answer of `order --check`: what must merge first, and which of it is not finished.</summary>
    public MergeCheck Check(Track track)
    {
        var before = MustMergeBefore(track);
        return new MergeCheck(track, before, before.Where(t => !t.StatusKind.IsFinished()).ToList());
    }

    /// <summary>
    /// The tracks that may run now: not finished, with nothing unfinished that must merge before them. Only the
    /// first step that holds an unfinished track can have such tracks (every later one waits for it), so only
    /// its tracks are checked: the same answer as <see cref="Check"/> for every track, without asking each one.
    /// </summary>
    public IReadOnlyList<Track> RunnableNow()
    {
        var first = _steps.FirstOrDefault(s => s.Tracks.Any(t => !t.StatusKind.IsFinished()));
        if (first is null)
        {
            return [];
        }
        return first.Tracks
            .Where(t => !t.StatusKind.IsFinished() && !_graph.AllDependenciesOf(t).Any(d => !ReferenceEquals(d, t) && !d.StatusKind.IsFinished()))
            .ToList();
    }

    /// <summary>True when the two tracks may run at the same time: they share a step and no dependency orders them.</summary>
    public bool MayRunTogether(Track a, Track b) => StepOf(a) == StepOf(b) && !_graph.AreOrdered(a, b);
}
