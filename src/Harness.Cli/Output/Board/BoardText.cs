using System.Globalization;
using System.Text;
using Harness.Core.Model.Artifacts;
using Harness.Core.Model.Evidence;

namespace Harness.Cli.Output.Board;

/// <summary>The words and classes the page shows for the report's values, and the one HTML escape every text goes through.</summary>
internal static class BoardText
{
    /// <summary>The status columns, in the order work moves through them; a status with no meaning has its own column last.</summary>
    public static readonly IReadOnlyList<(TrackStatus Kind, string Name)> Columns =
    [
        (TrackStatus.NotStarted, "not started"),
        (TrackStatus.InProgress, "in progress"),
        (TrackStatus.Blocked, "blocked"),
        (TrackStatus.NeedsHumanApproval, "needs human approval"),
        (TrackStatus.Done, "done"),
        (TrackStatus.Verified, "verified"),
        (TrackStatus.Unknown, "other status"),
    ];

    /// <summary>
    /// Text as HTML (and SVG) text or attribute value: every person's text on the page passes here, so a title with
    /// `<script>` in it shows as text. Only the five characters HTML gives a meaning are replaced (and control
    /// characters, which HTML does not allow): the page is UTF-8, so Japanese text stays readable in the file.
    /// </summary>
    public static string Html(string? text)
    {
        var html = new StringBuilder((text?.Length ?? 0) + 16);
        foreach (var c in text ?? "")
        {
            html.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ when char.IsControl(c) && c is not '\n' and not '\t' => "\uFFFD",
                _ => c.ToString(),
            });
        }
        return html.ToString();
    }

    public static string KindClass(TrackStatus kind) => kind switch
    {
        TrackStatus.NotStarted => "not-started",
        TrackStatus.InProgress => "in-progress",
        TrackStatus.Blocked => "blocked",
        TrackStatus.NeedsHumanApproval => "needs-human-approval",
        TrackStatus.Done => "done",
        TrackStatus.Verified => "verified",
        _ => "other",
    };

    public static string Verify(VerifyState state) => state.ToName();

    /// <summary>An age in its largest whole unit: now, 5m, 3h, 2d.</summary>
    public static string Age(TimeSpan age) =>
        age.TotalMinutes < 1 ? "now" : age.TotalHours < 1 ? $"{(int)age.TotalMinutes}m" : age.TotalDays < 1 ? $"{(int)age.TotalHours}h" : $"{(int)age.TotalDays}d";

    public static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
}
