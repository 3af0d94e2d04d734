namespace Harness.Cli.Output.Lint;

/// <summary>
/// A rule's help page (docs/rules/HRNxxx.md, embedded in the binary): the whole page as Markdown, the paragraph that
/// says what the rule finds, and the paragraph that says how to fix it. SARIF's fullDescription and help come from here.
/// </summary>
internal sealed record RuleHelpPage(string Markdown, string Description, string Fix)
{
    /// <summary>The page of <paramref name="ruleId"/>, or null when the binary holds none (every rule has one: RuleDocsTests).</summary>
    public static RuleHelpPage? Of(string ruleId)
    {
        using var stream = typeof(RuleHelpPage).Assembly.GetManifestResourceStream($"rules/{ruleId}.md");
        if (stream is null)
        {
            return null;
        }
        using var reader = new StreamReader(stream);
        var markdown = reader.ReadToEnd().ReplaceLineEndings("\n");
        return new RuleHelpPage(markdown, FirstParagraph(markdown, after: null), FirstParagraph(markdown, after: "## Fix"));
    }

    /// <summary>
    /// The first paragraph of prose (not a heading, a list or a code block) after the line <paramref name="after"/>,
    /// or after the title when it is null; its lines joined by spaces.
    /// </summary>
    private static string FirstParagraph(string markdown, string? after)
    {
        var lines = markdown.Split('\n');
        var start = 0;
        if (after is not null)
        {
            start = Array.FindIndex(lines, line => line.TrimEnd() == after) + 1;
            if (start == 0)
            {
                return "";
            }
        }
        var paragraph = new List<string>();
        var inFence = false;
        for (var i = start; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.StartsWith("```", StringComparison.Ordinal))
            {
                inFence = !inFence;
                continue;
            }
            if (inFence || (paragraph.Count == 0 && (line.Length == 0 || line.StartsWith('#') || line.StartsWith("- ", StringComparison.Ordinal))))
            {
                if (paragraph.Count == 0 && after is not null && line.StartsWith("## ", StringComparison.Ordinal))
                {
                    break;
                }
                continue;
            }
            if (line.Length == 0 || line.StartsWith('#'))
            {
                break;
            }
            paragraph.Add(line);
        }
        return string.Join(' ', paragraph);
    }
}
