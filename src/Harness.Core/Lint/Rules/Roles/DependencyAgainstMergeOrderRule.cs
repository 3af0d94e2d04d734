using Harness.Core.Model.Artifacts;
using Harness.Core.Model.Findings;

namespace Harness.Core.Lint.Rules.Roles;

/// <summary>
/// A dependency that runs against the merge order's phases (planner, coders, reviewer, verifier): a coder
/// track that waits for a reviewer or verifier track, or a reviewer for a verifier. The later phase reviews
/// what the earlier merged, so such a track can never merge in its phase.
/// </summary>
public sealed class DependencyAgainstMergeOrderRule : IRule
{
    public string Id => RuleIds.DependencyAgainstMergeOrder;

    public string Name => "dependency-against-merge-order";

    public Severity DefaultSeverity => Severity.Error;

    public string Summary => "A track depends on a track of a later merge-order phase (a coder track on a reviewer or verifier track).";

    public IEnumerable<RuleFinding> Check(LintContext context)
    {
        foreach (var list in context.FeatureLists)
        {
            foreach (var track in list.List.Tracks)
            {
                if (PhaseOf(track) is not { } phase)
                {
                    continue;
                }
                foreach (var dependency in track.Dependencies)
                {
                    if (list.Graph.Find(dependency.Text) is { } target && PhaseOf(target) is { } later && later > phase)
                    {
                        yield return new RuleFinding(dependency.Location,
                            $"Track {track.Id} ({OwnerRoles.Standard[phase]}) depends on Track {target.Id} ({OwnerRoles.Standard[later]}, {target.Location}), " +
                            $"but the merge order puts the {OwnerRoles.Standard[phase]} before the {OwnerRoles.Standard[later]}; " +
                            "drop the dependency, or give the work Track " + track.Id + " waits for to a coder track");
                    }
                }
            }
        }
    }

    private static int? PhaseOf(Track track) => OwnerRoles.IsUnset(track.Owner) ? null : OwnerRoles.Phase(track.Owner!.Text);
}
