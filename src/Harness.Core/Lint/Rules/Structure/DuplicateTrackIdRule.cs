using Harness.Core.Model.Artifacts;
using Harness.Core.Model.Findings;

namespace Harness.Core.Lint.Rules.Structure;

public sealed class DuplicateTrackIdRule : IRule
{
    public string Id => RuleIds.DuplicateTrackId;

    public string Name => "duplicate-track-id";

    public Severity DefaultSeverity => Severity.Error;

    public string Summary => "Two tracks of one feature list have the same id.";

    public IEnumerable<RuleFinding> Check(LintContext context)
    {
        foreach (var list in context.FeatureLists)
        {
            var first = new Dictionary<string, Track>(TrackIds.Comparer);
            foreach (var track in list.List.Tracks)
            {
                if (!first.TryAdd(track.Id, track))
                {
                    var earlier = first[track.Id];
                    yield return new RuleFinding(track.Location,
                        $"Track {track.Id} is defined twice (first at {earlier.Location}); rename this one or merge the two");
                }
            }
        }
    }
}
