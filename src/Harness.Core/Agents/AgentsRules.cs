using Harness.Core.Model.Findings;

namespace Harness.Core.Agents;

/// <summary>The conflicts `harness agents` finds between agents at work (ids in <see cref="RuleIds"/>); it also reports lint's HRN028.</summary>
public static class AgentsRules
{
    public static IReadOnlyList<RuleDescriptor> All { get; } =
    [
        new(RuleIds.SameFileChanged, "same-file-changed", Severity.Error,
            "Two work trees or pushed track branches changed the same file since the base."),
        new(RuleIds.ForeignOwnedFileChanged, "foreign-owned-file-changed", Severity.Error,
            "A work tree or pushed track branch changed a file another track (of any task) owns."),
        new(RuleIds.BaseMovedUnderOwned, "base-moved-under-owned", Severity.Error,
            "The base branch moved under a track's owned files since its work tree or branch left it."),
    ];
}
