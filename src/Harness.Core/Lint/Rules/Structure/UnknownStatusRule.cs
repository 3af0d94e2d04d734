using Harness.Core.Model.Artifacts;
using Harness.Core.Model.Findings;

namespace Harness.Core.Lint.Rules.Structure;

public sealed class UnknownStatusRule : IRule
{
    public string Id => RuleIds.UnknownStatus;

    public string Name => "unknown-status";

    public Severity DefaultSeverity => Severity.Warning;

    public string Summary => "A track status has no meaning the contract gives it.";

    public IEnumerable<RuleFinding> Check(LintContext context)
    {
        foreach (var (_, track) in context.AllTracks)
        {
            if (track.Status is { } status && track.StatusKind == TrackStatus.Unknown)
            {
                yield return new RuleFinding(status.Location,
                    $"Track {track.Id} has status '{status.Text}', which means nothing to harness; use ready-*, in-progress, blocked, needs-human-approval, done or verified");
            }
        }
    }
}
