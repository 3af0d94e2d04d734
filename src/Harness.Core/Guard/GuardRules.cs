using Harness.Core.Model.Findings;

namespace Harness.Core.Guard;

/// <summary>The rules guard judges a changed file by, one a kind of ownership violation (ids in <see cref="RuleIds"/>).</summary>
public static class GuardRules
{
    public static IReadOnlyList<RuleDescriptor> All { get; } =
    [
        new(RuleIds.OtherTracksFile, "other-tracks-file", Severity.Error, "A track changed a file another track owns."),
        new(RuleIds.SharedOutOfTurn, "shared-out-of-turn", Severity.Error,
            "A track changed a file of the Shared File Rule before its turn, with no sync window open."),
        new(RuleIds.UnownedFile, "unowned-file", Severity.Error,
            "A track changed a file no track owns and harness.yml's free: globs do not list."),
    ];
}
