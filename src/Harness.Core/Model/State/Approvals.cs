using System.Text.RegularExpressions;
using Harness.Core.Model.Artifacts;
using Harness.Core.Model.Text;

namespace Harness.Core.Model.State;

/// <summary>
/// Approval gates and pending approvals, kept apart. A gate is a condition ("a change to X needs approval"):
/// it says what would need a person, not that anything waits now. A pending approval waits now: a track or
/// the Progress Note in `needs-human-approval`, or an Open Question worded as awaiting approval.
/// </summary>
public static partial class Approvals
{
    /// <summary>The plan's (and a brief's) Approval Gates, as written.</summary>
    public static IReadOnlyList<PacketLine> Gates(TaskState sources) =>
        (sources.Plan?.ApprovalGates ?? []).Concat(sources.Brief?.ItemsOf("Approval Gates") ?? []).Select(PacketLine.Of).ToList();

    /// <summary>What waits for a person's approval now: tracks first, then the note's Status, then Open Questions.</summary>
    public static IReadOnlyList<PendingApproval> Pending(TaskState sources)
    {
        var pending = new List<PendingApproval>();
        foreach (var track in sources.Tracks.Where(t => t.StatusKind == TrackStatus.NeedsHumanApproval))
        {
            var status = track.Status!;
            pending.Add(new PendingApproval($"Track {track.Id} waits for a person's approval ({status.Unwrapped})",
                $"a person approves, then sets the Status of Track {track.Id} in {status.Location.File} to in-progress", status.Location));
        }
        if (sources.Note?.Status is { } noteStatus && TrackStatusKinds.Parse(noteStatus.Text) == TrackStatus.NeedsHumanApproval)
        {
            pending.Add(new PendingApproval($"the Progress Note waits for a person's approval ({noteStatus.Unwrapped})",
                $"a person approves, then sets the Status of {noteStatus.Location.File} to in-progress", noteStatus.Location));
        }
        var questions = (sources.Plan?.OpenQuestions ?? []).Concat(sources.Brief?.OpenQuestions ?? []).Concat(sources.Note?.OpenQuestions ?? []);
        foreach (var question in questions.Where(q => AwaitsApproval(q.Text)))
        {
            pending.Add(new PendingApproval($"Open Question: {question.Text}",
                $"a person decides; write the answer under '## Decided' and take the question out of '## Open Questions' of {question.Location.File}",
                question.Location));
        }
        return pending;
    }

    /// <summary>
    /// True when prose says something awaits approval. The vocabulary (docs/format.md, "Pending approvals"):
    /// the words approval, approve and sign-off (sign off, signoff) in any case, and 承認 (承認待ち, 承認が必要,
    /// 要承認) or 決裁 in Japanese; 承認済み (already approved) alone does not count.
    /// </summary>
    public static bool AwaitsApproval(string text) =>
        English().IsMatch(text) || Japanese().IsMatch(text);

    [GeneratedRegex(@"\b(approval|approvals|approve|sign[- ]?off)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex English();

    [GeneratedRegex(@"承認(?!済)|決裁(?!済)", RegexOptions.CultureInvariant)]
    private static partial Regex Japanese();
}

/// <summary>One thing that waits for a person's approval now, where it is written, and what ends the wait.</summary>
public sealed record PendingApproval(string Text, string Fix, SourceLocation Location)
{
    public PacketLine ToLine() => new(Text, Location.File, Location.Line);
}
