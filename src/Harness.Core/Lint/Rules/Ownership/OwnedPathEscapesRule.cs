using Harness.Core.Model.Findings;

namespace Harness.Core.Lint.Rules.Ownership;

public sealed class OwnedPathEscapesRule : IRule
{
    public string Id => RuleIds.OwnedPathEscapes;

    public string Name => "owned-path-escapes";

    public Severity DefaultSeverity => Severity.Error;

    public string Summary => "An owned path or glob leaves the repo (absolute, or with ..).";

    public IEnumerable<RuleFinding> Check(LintContext context) =>
        context.FeatureLists.SelectMany(l => l.Ownership.Escaping).Select(entry => new RuleFinding(entry.Value.Location,
            $"Track {entry.Track.Id} owns '{entry.Value.Unwrapped}', which leaves the repo; write it relative to the repo root, without .."));
}
