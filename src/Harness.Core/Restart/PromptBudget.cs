using System.Globalization;
using System.Text;

namespace Harness.Core.Restart;

/// <summary>
/// Fits a rendered restart prompt into a budget of characters by leaving out whole sections, the least needed
/// first, and saying at its top exactly which (heading, file and line) and how to read the prompt whole. A
/// section is never cut in half: a client that shows only a preview of a long hook output (Claude Code past
/// 10,000 characters) would otherwise hand the agent half an instruction without anyone noticing.
/// </summary>
public static class PromptBudget
{
    /// <summary>
    /// Headings (as the template writes them, up to " (" or the end), least needed first. Those not listed are
    /// never cut: who the agent is, the stops that hold, its own track, the note's Status, Current Goal and Next
    /// Step, the verify results, what changed, pending approvals, the stop conditions and the restart output.
    /// </summary>
    private static readonly string[] CutOrder =
    [
        "## Handoff Contract",
        "### Plan: Non-goals",
        "## Approval Gates",
        "### Shared File Rule",
        "### Progress Note: Resume Steps",
        "### Progress Note: Changed Files",
        "### Progress Note: Completed",
        "### Progress Note: *",
        "### Brief: *",
        "### Merge Order",
        "### Plan: Scope",
        "## Live Checks",
        "## Restart Steps",
        "### Progress Note: Decided",
        "## Open Questions",
        "### Track *",
        "### Tracks, one line each",
        "### Other tracks, one line each",
        "## Assessment: *",
    ];

    /// <param name="prompt">The whole prompt as rendered.</param>
    /// <param name="maxChars">The budget.</param>
    /// <param name="readWhole">The two ways to read the whole prompt: the command that writes it to FILE, and the MCP resource.</param>
    /// <param name="ownTrack">The agent's track, quoted in full and never cut; null for the planner and a brief.</param>
    public static string Fit(string prompt, int maxChars, WholePrompt readWhole, string? ownTrack)
    {
        if (prompt.Length <= maxChars)
        {
            return prompt;
        }
        var units = Split(prompt);
        var kept = ownTrack is null ? null : $"### Track {ownTrack} (";
        var candidates = units.Select((unit, index) => (unit, index, rank: kept is not null && unit.Heading.StartsWith(kept, StringComparison.Ordinal) ? -1 : Rank(unit.Heading)))
            .Where(c => c.rank >= 0)
            .OrderBy(c => c.rank).ThenByDescending(c => c.index)
            .ToList();
        var cut = new HashSet<int>();
        var text = prompt;
        foreach (var (_, index, _) in candidates)
        {
            cut.Add(index);
            text = Join(units, cut, maxChars, readWhole);
            if (text.Length <= maxChars)
            {
                return Refill(units, cut, candidates.Select(c => c.index).ToList(), maxChars, readWhole, text);
            }
        }
        return text;
    }

    /// <summary>
    /// Puts back, the most needed first, each section cut on the way that fits after all: the last section cut
    /// may have been a large one that alone made room for smaller, less needed ones cut before it.
    /// </summary>
    private static string Refill(IReadOnlyList<Unit> units, HashSet<int> cut, IReadOnlyList<int> order, int maxChars, WholePrompt readWhole, string text)
    {
        foreach (var index in order.Where(cut.Contains).Reverse().ToList())
        {
            cut.Remove(index);
            var candidate = cut.Count == 0 ? null : Join(units, cut, maxChars, readWhole);
            if (candidate is not null && candidate.Length <= maxChars)
            {
                text = candidate;
            }
            else
            {
                cut.Add(index);
            }
        }
        return text;
    }

    private static int Rank(string heading)
    {
        if (heading.Length == 0)
        {
            return -1;
        }
        for (var i = 0; i < CutOrder.Length; i++)
        {
            var pattern = CutOrder[i];
            var matches = pattern.EndsWith('*')
                ? heading.StartsWith(pattern[..^1], StringComparison.Ordinal)
                : heading == pattern || heading.StartsWith(pattern + " (", StringComparison.Ordinal);
            if (matches && !IsKept(heading))
            {
                return i;
            }
        }
        return -1;
    }

    // The note's sections an agent resumes from stay, and the brief's Goal and Verification.
    private static bool IsKept(string heading) =>
        heading.StartsWith("### Progress Note: Status", StringComparison.Ordinal)
        || heading.StartsWith("### Progress Note: Current Goal", StringComparison.Ordinal)
        || heading.StartsWith("### Progress Note: Next Step", StringComparison.Ordinal)
        || heading.StartsWith("### Brief: Goal", StringComparison.Ordinal)
        || heading.StartsWith("### Brief: Verification", StringComparison.Ordinal);

    private static string Join(IReadOnlyList<Unit> units, HashSet<int> cut, int maxChars, WholePrompt readWhole)
    {
        var text = new StringBuilder();
        text.Append(units[0].Text);
        var listed = string.Join("; ", cut.Order().Select(i => units[i].Heading.TrimStart('#', ' ')));
        text.Append("## Cut to fit ").Append(maxChars.ToString("N0", CultureInfo.InvariantCulture)).Append(" characters\n")
            .Append("Left out whole, least needed first: ").Append(listed).Append(".\n")
            .Append("Read the prompt whole with `").Append(readWhole.Command).Append("`, then read FILE, or read the MCP resource `")
            .Append(readWhole.Resource).Append("` (`harness mcp`); each section left out is also in the file and line named here.\n\n");
        for (var i = 1; i < units.Count; i++)
        {
            if (!cut.Contains(i) && !IsEmptyParent(units, cut, i))
            {
                text.Append(units[i].Text);
            }
        }
        var result = text.ToString().TrimEnd('\n') + "\n";
        return result;
    }

    /// <summary>A `##` heading with nothing of its own whose `###` sections were all left out goes too.</summary>
    private static bool IsEmptyParent(IReadOnlyList<Unit> units, HashSet<int> cut, int index)
    {
        var unit = units[index];
        if (!unit.Heading.StartsWith("## ", StringComparison.Ordinal) || unit.Text.Trim().Contains('\n'))
        {
            return false;
        }
        var children = Enumerable.Range(index + 1, units.Count - index - 1).TakeWhile(i => units[i].Heading.StartsWith("### ", StringComparison.Ordinal)).ToList();
        return children.Count > 0 && children.All(cut.Contains);
    }

    /// <summary>The prompt in pieces: the part before the first heading, then one piece per `##` or `###` heading.</summary>
    private static List<Unit> Split(string prompt)
    {
        var units = new List<Unit>();
        var current = new StringBuilder();
        var heading = "";
        foreach (var line in prompt.Split('\n'))
        {
            if (line.StartsWith("## ", StringComparison.Ordinal) || line.StartsWith("### ", StringComparison.Ordinal))
            {
                units.Add(new Unit(heading, current.ToString()));
                current.Clear();
                heading = line;
            }
            current.Append(line).Append('\n');
        }
        units.Add(new Unit(heading, current.ToString().TrimEnd('\n') + "\n\n"));
        return units;
    }

    private sealed record Unit(string Heading, string Text);

    /// <summary>Where the whole prompt is: a command that writes it to FILE, and the MCP resource that returns it.</summary>
    public sealed record WholePrompt(string Command, string Resource);
}
