using Harness.Core.Model.Artifacts;

namespace Harness.Core.Model.Schedule;

/// <summary>One step of the merge sequence: a Merge Order phase and the tracks that merge in it, side by side.</summary>
public sealed record MergeStep(int Number, string Phase, string Line, IReadOnlyList<Track> Tracks)
{
    /// <summary>The Merge Order line without its "phase:" head, which the step already shows.</summary>
    public string Detail
    {
        get
        {
            var colon = MergeOrderReader.HeadEnd(Line);
            return colon > 0 ? Line[(colon + 1)..].Trim() : Line;
        }
    }
}

/// <summary>The answer of `order --check T`: whether T may merge, and what must merge first but is not finished.</summary>
public sealed record MergeCheck(Track Track, IReadOnlyList<Track> Before, IReadOnlyList<Track> Waiting)
{
    public bool MayMerge => Waiting.Count == 0;
}

/// <summary>A task's merge sequence, and the check of one track when asked.</summary>
public sealed record MergeSequence(string TaskId, IReadOnlyList<MergeStep> Steps, MergeCheck? Check)
{
    /// <summary>The own merge order of each track's sub-task, nested as the sub-tasks are (issue 18: a track with one merges as one unit).</summary>
    public IReadOnlyList<SubTaskOrder> SubTasks { get; init; } = [];
}

/// <summary>
/// The merge order of the sub-task a track hands its work to: its steps, and its own tracks' sub-tasks; or, where it
/// cannot be shown, why (<see cref="Problem"/>: no such task, a circle of sub-tasks, a merge order that cannot be read).
/// </summary>
public sealed record SubTaskOrder(string TrackId, string TaskId, IReadOnlyList<MergeStep> Steps, string? Problem, IReadOnlyList<SubTaskOrder> SubTasks);
