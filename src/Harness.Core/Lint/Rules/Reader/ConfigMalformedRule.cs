using Harness.Core.Model.Findings;

namespace Harness.Core.Lint.Rules.Reader;

public sealed class ConfigMalformedRule : IRule
{
    public string Id => RuleIds.ConfigMalformed;

    public string Name => "config-malformed";

    public Severity DefaultSeverity => Severity.Error;

    public string Summary => "harness.yml cannot be read, or a value in it is invalid.";

    public IEnumerable<RuleFinding> Check(LintContext context) => ReaderDiagnostics.Of(context, Id);
}
