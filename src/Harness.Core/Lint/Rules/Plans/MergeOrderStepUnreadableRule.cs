using Harness.Core.Model.Findings;
using Harness.Core.Model.Schedule;

namespace Harness.Core.Lint.Rules.Plans;

/// <summary>
/// A Merge Order step names a track or an owner that the task's feature list does not have ("Track Z",
/// `coder-z`), or orders its tracks both ways. `harness order` refuses such a step (exit 2) rather than guess
/// the order; this is the same reading, as a finding.
/// </summary>
public sealed class MergeOrderStepUnreadableRule : IRule
{
    public string Id => RuleIds.MergeOrderStepUnreadable;

    public string Name => "merge-order-step-unreadable";

    public Severity DefaultSeverity => Severity.Error;

    public string Summary => "A Merge Order step names a track or an owner the feature list does not have, so the merge order cannot be read.";

    public IEnumerable<RuleFinding> Check(LintContext context)
    {
        foreach (var task in context.Tasks)
        {
            if (task.FeatureList is not { } list)
            {
                continue;
            }
            var lines = MergeOrder.LinesOf(task.Plan, context.Workspace.Playbook);
            foreach (var problem in MergeOrder.Read(list.List.Tracks, list.Graph, lines, list.Path).Problems)
            {
                yield return new RuleFinding(problem.Location, problem.Message);
            }
        }
    }
}
