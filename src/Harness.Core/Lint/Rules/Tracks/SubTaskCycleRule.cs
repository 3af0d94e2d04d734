using Harness.Core.Model.Findings;

namespace Harness.Core.Lint.Rules.Tracks;

/// <summary>
/// Sub-tasks that hand work to each other in a circle: none of them can finish first, and no roll-up can say what
/// they come to. One finding a circle, at the Sub-task line of its first track (its task first by id).
/// </summary>
public sealed class SubTaskCycleRule : IRule
{
    public string Id => RuleIds.SubTaskCycle;

    public string Name => "sub-task-cycle";

    public Severity DefaultSeverity => Severity.Error;

    public string Summary => "Tracks hand their work to sub-tasks in a circle, so none of them can finish.";

    public IEnumerable<RuleFinding> Check(LintContext context)
    {
        foreach (var cycle in context.SubTasks.Cycles())
        {
            var first = cycle.Links[0];
            var steps = string.Join(", ", cycle.Links.Select(l => $"{l.TaskId} Track {l.Track.Id} ({l.Track.SubTask!.Location})"));
            yield return new RuleFinding(first.Track.SubTask!.Location,
                $"Track {first.Track.Id} of {first.TaskId} hands its work to {first.SubTaskId}, and the sub-tasks lead back: {cycle.Path} " +
                $"(the Sub-task lines: {steps}); remove one Sub-task of the circle, or give that part a task of its own");
        }
    }
}
