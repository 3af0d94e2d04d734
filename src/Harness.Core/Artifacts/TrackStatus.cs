using Harness.Core.Text;

namespace Harness.Core.Artifacts;

/// <summary>The meanings a track status can have (contract, section 1).</summary>
public enum TrackStatus
{
    /// <summary>A status with no meaning the contract gives it (a warning in lint).</summary>
    Unknown,
    NotStarted,
    InProgress,
    Blocked,
    NeedsHumanApproval,
    Done,
    Verified,
}

public static class TrackStatusKinds
{
    public static TrackStatus Parse(string? status)
    {
        if (status is null)
        {
            return TrackStatus.Unknown;
        }
        var text = Labels.Normalize(InlineCode.Unwrap(status));
        if (text.StartsWith("in progress", StringComparison.Ordinal))
        {
            return TrackStatus.InProgress;
        }
        // The first word carries the meaning; people add a remark after it ("blocked (waiting on B)").
        text = text.Split(' ', 2)[0].TrimEnd('.', ',', ';');
        return text switch
        {
            "done" => TrackStatus.Done,
            "verified" => TrackStatus.Verified,
            "in-progress" or "in progress" => TrackStatus.InProgress,
            "blocked" => TrackStatus.Blocked,
            "needs-human-approval" => TrackStatus.NeedsHumanApproval,
            _ when text.StartsWith("ready-", StringComparison.Ordinal) || text == "ready" => TrackStatus.NotStarted,
            _ => TrackStatus.Unknown,
        };
    }

    /// <summary>Done or verified: the track's work has merged.</summary>
    public static bool IsFinished(this TrackStatus status) => status is TrackStatus.Done or TrackStatus.Verified;
}
