using Harness.Core.Model.Findings;
using Harness.Core.Model.Ownership;
using Harness.Core.Model.Schedule;

namespace Harness.Core.Lint.Rules.Ownership;

/// <summary>
/// Two tracks that can run at the same time own one file, and the Shared File Rule does not name it. Which
/// tracks can is the merge order's schedule of the list's task (the one restart and assess use); with no task,
/// or a Merge Order that cannot be read (HRN025), any two tracks that no dependency orders.
/// </summary>
public sealed class OwnershipOverlapRule : IRule
{
    public string Id => RuleIds.OwnershipOverlap;

    public string Name => "ownership-overlap";

    public Severity DefaultSeverity => Severity.Error;

    public string Summary => "Two tracks that can run at the same time own the same file, outside the Shared File Rule.";

    public IEnumerable<RuleFinding> Check(LintContext context)
    {
        foreach (var list in context.FeatureLists)
        {
            var schedule = ScheduleOf(list, context);
            var report = list.Ownership.FindOverlaps(schedule is null ? null : schedule.MayRunTogether);
            foreach (var overlap in report.Listed)
            {
                yield return new RuleFinding(overlap.Second.Value.Location, Describe(overlap) +
                    "; give the file to one track, add a dependency, order the two in the Merge Order, or name it in the Shared File Rule");
            }
            if (report.FirstUnlisted is { } next)
            {
                // Past the first hundred, more findings would bury the list, not help fix it.
                yield return new RuleFinding(next.Second.Value.Location,
                    $"{report.Total - report.Listed.Count:N0} more overlaps are not listed (harness lists the first {report.Listed.Count:N0} of {report.Total:N0}), " +
                    $"the first of them here: {Describe(next)}; owned globs that match each other this widely want narrowing (a folder each), not one fix a pair");
            }
            if (report.StoppedAt is { } stopped)
            {
                yield return new RuleFinding(stopped.Value.Location,
                    $"the overlap check stopped at '{stopped.Value.Unwrapped}' of Track {stopped.Track.Id}, after {report.Work:N0} comparisons of owned globs " +
                    $"(the limit is {OwnershipAnalysis.WorkBudget:N0}): the globs of {list.List.Tracks.Count:N0} tracks match each other's paths too widely to compare in full, " +
                    "so overlaps after this entry are not reported; give each track a folder of its own or name common files in the Shared File Rule");
            }
        }
    }

    private static string Describe(Overlap overlap)
    {
        var (first, second) = (overlap.First, overlap.Second);
        return $"Track {second.Track.Id} owns '{second.Value.Unwrapped}' and Track {first.Track.Id} owns '{first.Value.Unwrapped}' ({first.Value.Location}); " +
            $"both match {overlap.Example} and neither a dependency nor the Merge Order orders the two tracks";
    }

    private static MergeSchedule? ScheduleOf(LintedFeatureList list, LintContext context)
    {
        var task = context.Tasks.FirstOrDefault(t => ReferenceEquals(t.FeatureList, list));
        if (task is null)
        {
            return null;
        }
        var lines = MergeOrder.LinesOf(task.Plan, context.Workspace.Playbook);
        return MergeOrder.Read(list.List.Tracks, list.Graph, lines, list.Path).Schedule;
    }
}
