using Harness.Core.Model.Findings;

namespace Harness.Core.Lint.Rules.Structure;

/// <summary>A section the contract requires of the artifact's kind is missing (plan, brief, note, handoff, ...).</summary>
public sealed class RequiredSectionRule : IRule
{
    public string Id => RuleIds.RequiredSection;

    public string Name => "required-section";

    public Severity DefaultSeverity => Severity.Error;

    public string Summary => "An artifact lacks a section the contract requires of its kind.";

    public IEnumerable<RuleFinding> Check(LintContext context) =>
        MissingSections.Of(context, schema => schema.Required, "the contract requires");
}
