using System.Globalization;
using System.Text.RegularExpressions;
using Harness.Core.Model.Evidence;

namespace Harness.Core.Model.State;

/// <summary>The Last Verify lines `harness note` and `harness handoff` write from the evidence, and how harness reads its own back.</summary>
internal static partial class NoteFacts
{
    /// <summary>A Last Verify line for a recorded run: "- `command` : pass (Track A, abc1234, time)".</summary>
    public static string Line(EvidenceRecord record)
    {
        var result = record.Outcome switch
        {
            VerifyOutcome.Passed => "pass",
            VerifyOutcome.Failed => $"fail (exit {record.ExitCode})",
            _ => $"fail ({record.Outcome})",
        };
        var commit = record.Commit is { Length: >= 7 } c ? c[..7] : "no commit";
        var dirty = record.Dirty ? ", dirty tree" : "";
        return $"- `{record.Command}` : {result} ({Who(record)}, {commit}{dirty}, {Minute(record.StartedAt)})";
    }

    /// <summary>Who ran a recorded command, as a Last Verify line names it: "Track A", or "brief" for a single-agent task.</summary>
    public static string Who(EvidenceRecord record) => record.Track is null ? "brief" : $"Track {record.Track}";

    /// <summary>
    /// Reads a line exactly as <see cref="Line"/> writes it (no indent, no trailing space, nothing added); null
    /// for any other line, which is then the author's and is never rewritten.
    /// </summary>
    public static WrittenVerifyLine? ReadWritten(string line)
    {
        var match = WrittenLine().Match(line);
        if (!match.Success || !DateTimeOffset.TryParseExact(match.Groups["at"].Value, MinuteFormat, CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal, out var at))
        {
            return null;
        }
        return new WrittenVerifyLine(match.Groups["command"].Value, match.Groups["who"].Value, at);
    }

    /// <summary>A time as a Last Verify line shows it: UTC, to the minute.</summary>
    public static string Minute(DateTimeOffset time) => time.UtcDateTime.ToString(MinuteFormat, CultureInfo.InvariantCulture);

    private const string MinuteFormat = "yyyy-MM-dd HH:mm'Z'";

    [GeneratedRegex(@"^- `(?<command>[^`]+)` : (?:pass|fail \(exit -?[0-9]+\)|fail \([^()]+\)) \((?<who>brief|Track [^,()]+), (?:[0-9a-f]{7}|no commit)(?:, dirty tree)?, (?<at>[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}Z)\)$",
        RegexOptions.CultureInvariant)]
    private static partial Regex WrittenLine();
}

/// <summary>A Last Verify line harness wrote: its command, who ran it ("Track A", "brief") and when (to the minute).</summary>
internal sealed record WrittenVerifyLine(string Command, string Who, DateTimeOffset At);
