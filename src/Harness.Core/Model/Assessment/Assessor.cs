using Harness.Core.Model.CommandLine;
using Harness.Core.Model.State;

namespace Harness.Core.Model.Assessment;

/// <summary>
/// The chapter's call on one task: multi-agent only when the split lowers the cost of integrating it. It
/// reads the facts the restart packet gathered (its verify results and stop conditions), so assess, status
/// and restart never disagree on a verify's freshness or on what stops a restart.
/// </summary>
public static class Assessor
{
    public static TaskAssessment Assess(TaskState sources, IReadOnlyList<VerifyResult> verify, IReadOnlyList<StopCondition> stops)
    {
        var task = sources.Task;
        var packet = PacketCriterion(sources, stops);
        if (sources.SingleAgent || sources.FeatureList is null)
        {
            var brief = sources.Brief?.Path ?? task.BriefPath;
            var single = new AssessmentCriterion("one agent", true,
                $"{task.Id} has a task brief and no feature list: one agent works it", brief, 1);
            return new TaskAssessment(task.Id, Verdicts.SingleAgent, [], [single, packet]);
        }
        var criteria = new FeatureCriteria(sources, verify);
        var all = criteria.All().Append(packet).ToList();
        if (sources.Tracks.Count == 1)
        {
            return new TaskAssessment(task.Id, Verdicts.SingleAgent, [], all);
        }
        return all.All(c => c.Met)
            ? new TaskAssessment(task.Id, Verdicts.MultiAgent, criteria.RunnableNow.Select(t => t.Id).ToList(), all)
            {
                ParallelSubTasks = SubTaskParallelism.Of(sources, criteria.RunnableNow),
            }
            : new TaskAssessment(task.Id, Verdicts.Stop, [], all);
    }

    private static AssessmentCriterion PacketCriterion(TaskState sources, IReadOnlyList<StopCondition> stops)
    {
        const string name = "restart packet complete";
        if (stops.Count == 0)
        {
            var where = sources.Note?.Path ?? sources.Task.NotePath;
            return new AssessmentCriterion(name, true, "every input is present and no stop condition of the restart protocol holds", where, 1);
        }
        var first = stops[0];
        var more = stops.Count > 1 ? $" (and {stops.Count - 1} more; see `{CommandWords.Restart(sources.Task.Id)}`)" : "";
        return new AssessmentCriterion(name, false, $"{first.Rule}: {first.Problem}; fix: {first.Fix}{more}", first.Location);
    }
}
