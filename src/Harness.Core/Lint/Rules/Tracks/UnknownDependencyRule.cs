using Harness.Core.Model.Findings;

namespace Harness.Core.Lint.Rules.Tracks;

public sealed class UnknownDependencyRule : IRule
{
    public string Id => RuleIds.UnknownDependency;

    public string Name => "unknown-dependency";

    public Severity DefaultSeverity => Severity.Error;

    public string Summary => "A track depends on a track the feature list does not have.";

    public IEnumerable<RuleFinding> Check(LintContext context)
    {
        foreach (var list in context.FeatureLists)
        {
            var known = string.Join(", ", list.List.Tracks.Select(t => t.Id));
            foreach (var (track, dependency) in list.Graph.UnknownDependencies)
            {
                yield return new RuleFinding(dependency.Location,
                    $"Track {track.Id} depends on Track {dependency.Text}, which {list.Path} does not have (tracks: {known}); fix the id or remove the dependency");
            }
        }
    }
}
