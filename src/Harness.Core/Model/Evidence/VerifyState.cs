namespace Harness.Core.Model.Evidence;

/// <summary>
/// How far a verify result can be trusted now (contract, section 5): the one state status, restart, assess,
/// lint and MCP show. A recorded run's state comes from <see cref="Freshness"/>, a note line's from
/// <see cref="VerifyStates.OfNoteLine"/>.
/// </summary>
public enum VerifyState
{
    /// <summary>No verify result at all.</summary>
    None,

    /// <summary>It passed, and nothing but harness's own artifacts changed since its commit.</summary>
    Pass,

    /// <summary>It passed, but code changed since, the tree was dirty, or its commit is not in HEAD's history.</summary>
    Stale,

    /// <summary>It failed (or timed out, or was interrupted), whatever its freshness.</summary>
    Fail,

    /// <summary>Only a Progress Note's Last Verify line says so; it carries no commit.</summary>
    Unknown,
}

/// <summary>How a verify run ended, as its evidence record spells it (the record's "outcome").</summary>
public static class VerifyOutcome
{
    public const string Passed = "passed";
    public const string Failed = "failed";
    public const string TimedOut = "timed-out";
    public const string Interrupted = "interrupted";
}

public static class VerifyStates
{
    public static string ToName(this VerifyState state) => state switch
    {
        VerifyState.Pass => "pass",
        VerifyState.Stale => "stale",
        VerifyState.Fail => "fail",
        VerifyState.Unknown => "unknown",
        _ => "none",
    };

    /// <summary>A note's line carries no commit: a failure stays a failure, anything else is of unknown freshness.</summary>
    public static VerifyState OfNoteLine(bool saysFailed) => saysFailed ? VerifyState.Fail : VerifyState.Unknown;
}
