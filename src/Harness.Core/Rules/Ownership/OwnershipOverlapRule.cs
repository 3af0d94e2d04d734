using Harness.Core.Findings;
using Harness.Core.Ordering;

namespace Harness.Core.Rules.Ownership;

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
            foreach (var overlap in list.Ownership.Overlaps(schedule is null ? null : schedule.MayRunTogether))
            {
                var (first, second) = (overlap.First, overlap.Second);
                yield return new RuleFinding(second.Value.Location,
                    $"Track {second.Track.Id} owns '{second.Value.Unwrapped}' and Track {first.Track.Id} owns '{first.Value.Unwrapped}' ({first.Value.Location}); " +
                    $"both match {overlap.Example} and neither a dependency nor the Merge Order orders the two tracks; give the file to one track, add a dependency, order the two in the Merge Order, or name it in the Shared File Rule");
            }
        }
    }

    private static MergeSchedule? ScheduleOf(LintedFeatureList list, LintContext context)
    {
        var task = context.Tasks.FirstOrDefault(t => ReferenceEquals(t.FeatureList, list));
        if (task is null)
        {
            return null;
        }
        var lines = MergeOrderService.LinesOf(task.Plan, context.Workspace.Playbook);
        return MergeOrderService.Read(list.List.Tracks, list.Graph, lines, list.Path).Schedule;
    }
}
