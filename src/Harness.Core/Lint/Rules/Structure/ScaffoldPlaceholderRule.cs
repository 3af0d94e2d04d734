using Harness.Core.Model.Findings;
using Harness.Core.Model.Templates;

namespace Harness.Core.Lint.Rules.Structure;

/// <summary>
/// A sentence `harness new` wrote for the author to replace is still there: the artifact reads as complete
/// while it says nothing yet. A warning, so a fresh scaffold passes lint and fails only a warning threshold.
/// Placeholders are recognised exactly, from the one list the templates render them from.
/// </summary>
public sealed class ScaffoldPlaceholderRule : IRule
{
    public string Id => RuleIds.ScaffoldPlaceholder;

    public string Name => "scaffold-placeholder";

    public Severity DefaultSeverity => Severity.Warning;

    public string Summary => "An artifact still holds a placeholder sentence that harness new wrote for the author to replace.";

    public IEnumerable<RuleFinding> Check(LintContext context)
    {
        foreach (var artifact in context.Artifacts)
        {
            foreach (var hit in ScaffoldPlaceholders.FindIn(artifact.Document.Source))
            {
                yield return new RuleFinding(hit.Location,
                    $"\"{hit.Placeholder.Sentence}\" is a placeholder harness wrote; replace this placeholder sentence with {hit.Placeholder.ReplaceWith}");
            }
        }
    }
}
