using Harness.Core.Model.Artifacts;
using Harness.Core.Model.Findings;

namespace Harness.Core.Lint.Rules.Tracks;

/// <summary>Tracks that depend on each other in a circle can never start; each dependency line of the circle is reported.</summary>
public sealed class DependencyCycleRule : IRule
{
    public string Id => RuleIds.DependencyCycle;

    public string Name => "dependency-cycle";

    public Severity DefaultSeverity => Severity.Error;

    public string Summary => "Tracks depend on each other in a cycle, so none of them can start.";

    public IEnumerable<RuleFinding> Check(LintContext context)
    {
        foreach (var list in context.FeatureLists)
        {
            foreach (var cycle in list.Graph.Cycles())
            {
                var members = new HashSet<string>(cycle.Select(t => t.Id), TrackIds.Comparer);
                var names = string.Join(", ", cycle.Select(t => "Track " + t.Id));
                foreach (var track in cycle)
                {
                    foreach (var dependency in track.Dependencies.Where(d => members.Contains(d.Text)))
                    {
                        var target = list.Graph.Find(dependency.Text)!;
                        yield return new RuleFinding(dependency.Location,
                            $"Track {track.Id} depends on Track {target.Id} ({target.Location}), and these tracks form a dependency cycle ({names}); remove one dependency of the cycle");
                    }
                }
            }
        }
    }
}
