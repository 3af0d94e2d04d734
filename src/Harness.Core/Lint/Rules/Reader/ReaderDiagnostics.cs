namespace Harness.Core.Lint.Rules.Reader;

/// <summary>What the reader noticed while parsing (artifacts and harness.yml), under one rule id, as findings.</summary>
internal static class ReaderDiagnostics
{
    public static IEnumerable<RuleFinding> Of(LintContext context, string ruleId) =>
        context.Workspace.ConfigDiagnostics
            .Concat(context.Artifacts.SelectMany(a => a.Diagnostics))
            .Where(d => d.RuleId == ruleId)
            .Select(d => new RuleFinding(d.Location, d.Message, d.Severity));
}
