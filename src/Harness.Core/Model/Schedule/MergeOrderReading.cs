using Harness.Core.Model.Findings;

namespace Harness.Core.Model.Schedule;

/// <summary>
/// A task's Merge Order read against its feature list: the merge sequence and its schedule, or the steps that
/// could not be read (HRN025). Nothing is guessed: with a problem there is no sequence.
/// </summary>
public sealed class MergeOrderReading
{
    public MergeOrderReading(IReadOnlyList<MergeStep> steps, MergeSchedule? schedule, IReadOnlyList<Diagnostic> problems)
    {
        Steps = steps;
        Schedule = schedule;
        Problems = problems;
    }

    /// <summary>The merge sequence; empty when a step could not be read.</summary>
    public IReadOnlyList<MergeStep> Steps { get; }

    /// <summary>Who waits for whom; null when a step could not be read.</summary>
    public MergeSchedule? Schedule { get; }

    /// <summary>Each step that names a track or an owner the feature list does not have, as an HRN025 error.</summary>
    public IReadOnlyList<Diagnostic> Problems { get; }

    public bool IsReadable => Problems.Count == 0;
}
