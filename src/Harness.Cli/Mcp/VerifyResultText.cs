using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Harness.Core.Model.Evidence;

namespace Harness.Cli.Mcp;

/// <summary>
/// The verify tool's text: the exit code, then each run's one-line result (state and evidence file), then the end
/// of the output. A failing test run says why in its last lines, so a result past the page keeps its tail, not its
/// head, and says how many lines were left out. Paging would not help here: calling verify again runs it again.
/// </summary>
internal static partial class VerifyResultText
{
    // Room for the stdout heading, which counts lines in numbers of a few digits each.
    private const int HeadingSlack = 200;

    public static string Compose(int exitCode, string error, string output, int limit)
    {
        var lines = output.Split('\n');
        if (lines[^1].Length == 0)
        {
            lines = lines[..^1];
        }
        var head = new StringBuilder(McpToolRunner.ExitLine(exitCode));
        foreach (var line in lines.Where(line => RunResult().IsMatch(line)))
        {
            head.Append(line).Append('\n');
        }
        McpToolRunner.AppendStderr(head, error);
        if (lines.Length == 0)
        {
            return head.ToString();
        }
        var whole = head.Length + "--- stdout\n".Length + output.Length;
        if (whole <= limit)
        {
            return head.Append("--- stdout\n").Append(output).ToString();
        }
        var tail = Tail(lines, limit - head.Length - HeadingSlack);
        var left = lines.Length - tail.Count;
        head.Append(CultureInfo.InvariantCulture,
            $"--- stdout: the last {tail.Count} of {lines.Length} lines; lines 1-{left} are left out here ")
            .Append(CultureInfo.InvariantCulture,
            $"(each run's evidence file keeps the last {OutputTail.MaxLines} lines of its command's output)\n");
        foreach (var line in tail)
        {
            head.Append(line).Append('\n');
        }
        return head.ToString();
    }

    /// <summary>The last lines that fit in <paramref name="budget"/> characters; at least the end of the last line.</summary>
    private static List<string> Tail(string[] lines, int budget)
    {
        var kept = new List<string>();
        var used = 0;
        for (var i = lines.Length - 1; i >= 0 && used + lines[i].Length + 1 <= budget; i--)
        {
            kept.Add(lines[i]);
            used += lines[i].Length + 1;
        }
        if (kept.Count == 0)
        {
            var last = lines[^1];
            kept.Add(last[Math.Max(0, last.Length - Math.Max(budget, 200))..]);
        }
        kept.Reverse();
        return kept;
    }

    /// <summary>The line verify ends each run with, or writes for a track without a command (VerifyService).</summary>
    [GeneratedRegex(@"^(== .+: (passed|failed|timed-out|interrupted) \(.*\); evidence \S.*|.+: no runnable verify command \(.*)$")]
    private static partial Regex RunResult();
}
