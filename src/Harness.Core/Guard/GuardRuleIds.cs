namespace Harness.Core.Guard;

/// <summary>The stable ids of guard's findings (one per kind of ownership violation).</summary>
public static class GuardRuleIds
{
    /// <summary>A changed file another track owns.</summary>
    public const string OtherTracksFile = "HRN401";

    /// <summary>A file of the Shared File Rule changed by a track that does not go first, with no sync window open.</summary>
    public const string SharedOutOfTurn = "HRN402";

    /// <summary>A changed file no track owns and harness.yml's free: globs do not list.</summary>
    public const string Unowned = "HRN403";
}
