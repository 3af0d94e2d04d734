using Harness.Core.Lint.Rules.Evidence;
using Harness.Core.Lint.Rules.Ownership;
using Harness.Core.Lint.Rules.Plans;
using Harness.Core.Lint.Rules.Progress;
using Harness.Core.Lint.Rules.Reader;
using Harness.Core.Lint.Rules.Roles;
using Harness.Core.Lint.Rules.Structure;
using Harness.Core.Lint.Rules.Tracks;

namespace Harness.Core.Lint;

/// <summary>Every lint rule, in id order: what lint runs, what SARIF describes, what harness.yml may name.</summary>
public static class RuleCatalog
{
    public static IReadOnlyList<IRule> All { get; } =
    [
        new FrontMatterMalformedRule(),
        new ConfigMalformedRule(),
        new UnknownKeyRule(),
        new RequiredSectionRule(),
        new TrackFieldMissingRule(),
        new RecommendedSectionRule(),
        new DuplicateTrackIdRule(),
        new UnknownStatusRule(),
        new UnknownDependencyRule(),
        new DependencyCycleRule(),
        new FinishedBeforeDependencyRule(),
        new TrackUnownedRule(),
        new OwnershipOverlapRule(),
        new OwnedPathEscapesRule(),
        new OwnedGlobUnmatchedRule(),
        new PlanFeatureListMismatchRule(),
        new NextStepNotSingleRule(),
        new StaleProgressNoteRule(),
        new VerifyEvidenceFailedRule(),
        new OwnerRoleUnknownRule(),
        new ReviewTrackOwnsImplementationRule(),
        new DependencyAgainstMergeOrderRule(),
        new FieldGivenTwiceRule(),
        new ScaffoldPlaceholderRule(),
        new MergeOrderStepUnreadableRule(),
        new LastVerifyCommandDiffersRule(),
        new IdPatternUnsafeRule(),
        new CrossTaskOwnershipOverlapRule(),
        new UnknownSubTaskRule(),
        new SubTaskCycleRule(),
    ];

    /// <summary>True when a harness.yml key (an id or a name, any case) names <paramref name="rule"/>.</summary>
    public static bool Names(string key, IRule rule) =>
        string.Equals(key, rule.Id, StringComparison.OrdinalIgnoreCase) || string.Equals(key, rule.Name, StringComparison.OrdinalIgnoreCase);

    public static bool IsKnown(string key) => All.Any(r => Names(key, r));
}
