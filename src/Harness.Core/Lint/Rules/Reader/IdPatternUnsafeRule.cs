using Harness.Core.Model.Findings;

namespace Harness.Core.Lint.Rules.Reader;

/// <summary>An idPattern in harness.yml that accepts ids no file name may carry (a '/', '..', a blank, a newline).</summary>
public sealed class IdPatternUnsafeRule : IRule
{
    public string Id => RuleIds.IdPatternUnsafe;

    public string Name => "id-pattern-unsafe";

    public Severity DefaultSeverity => Severity.Warning;

    public string Summary => "idPattern in harness.yml accepts ids that are no single safe file name; harness refuses such ids anyway.";

    public IEnumerable<RuleFinding> Check(LintContext context) => ReaderDiagnostics.Of(context, Id);
}
