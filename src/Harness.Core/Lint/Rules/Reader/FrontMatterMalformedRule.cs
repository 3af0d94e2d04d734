using Harness.Core.Model.Findings;

namespace Harness.Core.Lint.Rules.Reader;

public sealed class FrontMatterMalformedRule : IRule
{
    public string Id => RuleIds.FrontMatterMalformed;

    public string Name => "front-matter-malformed";

    public Severity DefaultSeverity => Severity.Error;

    public string Summary => "An artifact's YAML front matter cannot be read.";

    public IEnumerable<RuleFinding> Check(LintContext context) => ReaderDiagnostics.Of(context, Id);
}
