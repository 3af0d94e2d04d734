namespace Harness.Core.Model.Evidence;

/// <summary>The state of a track's latest verify result (contract, section 5; `harness status`).</summary>
public enum VerifyState
{
    /// <summary>No verify result at all.</summary>
    None,

    /// <summary>It passed at HEAD on a clean tree: current.</summary>
    Pass,

    /// <summary>It passed, but HEAD moved since or the tree was dirty.</summary>
    Stale,

    /// <summary>It failed (or timed out, or was interrupted), whatever its freshness.</summary>
    Fail,

    /// <summary>Only a Progress Note's Last Verify line says so; it carries no commit.</summary>
    Unknown,
}

public static class VerifyStateNames
{
    public static string ToName(this VerifyState state) => state switch
    {
        VerifyState.Pass => "pass",
        VerifyState.Stale => "stale",
        VerifyState.Fail => "fail",
        VerifyState.Unknown => "unknown",
        _ => "none",
    };

    /// <summary>How fresh a recorded run is against the repo's HEAD now.</summary>
    public static VerifyState Of(EvidenceRecord record, string? head) =>
        !record.Passed ? VerifyState.Fail
        : record.Commit is not null && record.Commit == head && !record.Dirty ? VerifyState.Pass
        : VerifyState.Stale;
}
