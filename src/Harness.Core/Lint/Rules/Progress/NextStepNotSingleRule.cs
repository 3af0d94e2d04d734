using Harness.Core.Model.Artifacts;
using Harness.Core.Model.Findings;

namespace Harness.Core.Lint.Rules.Progress;

/// <summary>A restarted agent takes the Next Step; with several it has to choose, and choices drift.</summary>
public sealed class NextStepNotSingleRule : IRule
{
    public string Id => RuleIds.NextStepNotSingle;

    public string Name => "next-step-not-single";

    public Severity DefaultSeverity => Severity.Warning;

    public string Summary => "A Progress Note's Next Step names more than one work package.";

    public IEnumerable<RuleFinding> Check(LintContext context)
    {
        foreach (var note in context.Tasks.Select(t => t.Note).OfType<ProgressNote>())
        {
            if (note.NextStep.Count > 1)
            {
                yield return new RuleFinding(note.NextStep[1].Location,
                    $"the Next Step lists {note.NextStep.Count} items; keep the one work package to take next and move the rest to the plan or Open Questions");
            }
        }
    }
}
