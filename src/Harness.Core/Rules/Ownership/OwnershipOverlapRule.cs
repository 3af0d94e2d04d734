using Harness.Core.Findings;

namespace Harness.Core.Rules.Ownership;

/// <summary>Two tracks that can run at the same time own one file, and the Shared File Rule does not name it.</summary>
public sealed class OwnershipOverlapRule : IRule
{
    public string Id => RuleIds.OwnershipOverlap;

    public string Name => "ownership-overlap";

    public Severity DefaultSeverity => Severity.Error;

    public string Summary => "Two tracks that can run at the same time own the same file, outside the Shared File Rule.";

    public IEnumerable<RuleFinding> Check(LintContext context)
    {
        foreach (var list in context.FeatureLists)
        {
            foreach (var overlap in list.Ownership.Overlaps())
            {
                var (first, second) = (overlap.First, overlap.Second);
                yield return new RuleFinding(second.Value.Location,
                    $"Track {second.Track.Id} owns '{second.Value.Unwrapped}' and Track {first.Track.Id} owns '{first.Value.Unwrapped}' ({first.Value.Location}); " +
                    $"both match {overlap.Example} and no dependency orders the two tracks; give the file to one track, add a dependency, or name it in the Shared File Rule");
            }
        }
    }
}
