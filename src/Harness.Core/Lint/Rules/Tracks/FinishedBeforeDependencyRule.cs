using Harness.Core.Model.Artifacts;
using Harness.Core.Model.Findings;

namespace Harness.Core.Lint.Rules.Tracks;

public sealed class FinishedBeforeDependencyRule : IRule
{
    public string Id => RuleIds.FinishedBeforeDependency;

    public string Name => "finished-before-dependency";

    public Severity DefaultSeverity => Severity.Error;

    public string Summary => "A track is done or verified while a track it depends on is not.";

    public IEnumerable<RuleFinding> Check(LintContext context)
    {
        foreach (var (list, track) in context.AllTracks.Where(p => p.Track.StatusKind.IsFinished() && p.Track.Status is not null))
        {
            foreach (var dependency in list.Graph.DependenciesOf(track).Where(d => !d.StatusKind.IsFinished()))
            {
                var where = dependency.Status?.Location ?? dependency.Location;
                yield return new RuleFinding(track.Status!.Location,
                    $"Track {track.Id} is '{track.Status.Text}' but Track {dependency.Id}, which it depends on, is '{dependency.Status?.Text ?? "without status"}' ({where}); finish Track {dependency.Id} first or correct this status");
            }
        }
    }
}
