using Harness.Core.Model.Text;

namespace Harness.Core.Model.Artifacts;

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
    /// <summary>
    /// The statuses a Progress Note may carry: the contract's (`in-progress`, `blocked`, `ready-for-handoff`)
    /// and the playbook's exit states (`done`, `needs-human-approval`), as <see cref="Word"/> reads them.
    /// </summary>
    public static IReadOnlyList<string> ProgressNoteStatuses { get; } = ["in-progress", "blocked", "ready-for-handoff", "done", "needs-human-approval"];

    public static TrackStatus Parse(string? status)
    {
        if (status is null)
        {
            return TrackStatus.Unknown;
        }
        var word = Word(status);
        return word switch
        {
            "done" => TrackStatus.Done,
            "verified" => TrackStatus.Verified,
            "in-progress" => TrackStatus.InProgress,
            "blocked" => TrackStatus.Blocked,
            "needs-human-approval" => TrackStatus.NeedsHumanApproval,
            _ when word.StartsWith("ready-", StringComparison.Ordinal) || word == "ready" => TrackStatus.NotStarted,
            _ => TrackStatus.Unknown,
        };
    }

    /// <summary>True when the status's leading word is one a Progress Note may carry ("blocked (waiting on B)" is).</summary>
    public static bool IsProgressNoteStatus(string status) => ProgressNoteStatuses.Contains(Word(status), StringComparer.Ordinal);

    /// <summary>
    /// The word that carries a status's meaning, lower case: people add a remark after it ("blocked (waiting on
    /// B)") and write "in progress" with a space.
    /// </summary>
    private static string Word(string status)
    {
        var text = Labels.Normalize(InlineCode.Unwrap(status));
        if (text.StartsWith("in progress", StringComparison.Ordinal))
        {
            return "in-progress";
        }
        return text.Split(' ', 2)[0].TrimEnd('.', ',', ';');
    }

    /// <summary>The contract's word for a status (a track not started is "ready"); "unknown" for a status it does not know.</summary>
    public static string ToName(this TrackStatus status) => status switch
    {
        TrackStatus.NotStarted => "ready",
        TrackStatus.InProgress => "in-progress",
        TrackStatus.Blocked => "blocked",
        TrackStatus.NeedsHumanApproval => "needs-human-approval",
        TrackStatus.Done => "done",
        TrackStatus.Verified => "verified",
        _ => "unknown",
    };

    /// <summary>Done or verified: the track's work has merged.</summary>
    public static bool IsFinished(this TrackStatus status) => status is TrackStatus.Done or TrackStatus.Verified;
}
