using System.Text.RegularExpressions;

namespace Harness.Core.Tests.Lint.Support;

/// <summary>
/// Reads the markers a fixture's files carry (see Fixtures/README.md): `&lt;!-- expect: HRN012 --&gt;` or
/// `# expect: HRN012` at the end of the line that must raise the finding, or `&lt;!-- expect-above: HRN012 --&gt;`
/// (`# expect-above: HRN012`) alone on a line, for the nearest line above that is no marker line. A line that
/// mentions a marker but is none of these fails the fixture, so a typo never silently expects nothing.
/// </summary>
internal static partial class ExpectationMarkers
{
    private const string Ids = @"(?<ids>[A-Z]{2,}[0-9]{3}(?:\s+[A-Z]{2,}[0-9]{3})*)";

    [GeneratedRegex(@"\s*(?:<!--\s*expect:\s*" + Ids + @"\s*-->|(?:^|(?<=\s))#\s*expect:\s*" + Ids + @")\s*$")]
    private static partial Regex Trailing();

    [GeneratedRegex(@"^\s*(?:<!--\s*expect-above:\s*" + Ids + @"\s*-->|#\s*expect-above:\s*" + Ids + @")\s*$")]
    private static partial Regex Above();

    [GeneratedRegex(@"(?:<!--|#)\s*expect(?:-above)?\b", RegexOptions.IgnoreCase)]
    private static partial Regex Mention();

    /// <summary>The expectations of one file, given its repo-relative path and text; problems name file and line.</summary>
    public static IReadOnlyList<Expectation> Read(string file, string text, List<string> problems)
    {
        var lines = Lines(text);
        var expectations = new List<Expectation>();
        var target = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (Above().Match(line) is { Success: true } above)
            {
                if (target == 0)
                {
                    problems.Add($"{file}:{i + 1}: expect-above has no line above it to point at");
                    continue;
                }
                if (lines[target - 1].TrimStart().StartsWith('|'))
                {
                    problems.Add($"{file}:{i + 1}: expect-above below a table row ends the table; put `| <!-- expect: ... -->` at the end of the row instead");
                }
                expectations.AddRange(IdsOf(above).Select(id => new Expectation(file, target, id)));
                continue;
            }
            target = i + 1;
            if (Trailing().Match(line) is { Success: true } trailing)
            {
                expectations.AddRange(IdsOf(trailing).Select(id => new Expectation(file, i + 1, id)));
            }
            else if (Mention().IsMatch(line))
            {
                problems.Add($"{file}:{i + 1}: a marker that cannot be read (write <!-- expect: HRN012 --> at the end of the line, or # expect: HRN012): {line.Trim()}");
            }
        }
        return expectations.Distinct().ToList();
    }

    /// <summary>The text without its end-of-line markers (marker lines stay, so no line moves and no column before a marker changes).</summary>
    public static string WithoutTrailingMarkers(string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var carriageReturn = lines[i].EndsWith('\r');
            var line = carriageReturn ? lines[i][..^1] : lines[i];
            if (!Above().IsMatch(line) && Trailing().Match(line) is { Success: true } marker)
            {
                lines[i] = line[..marker.Index] + (carriageReturn ? "\r" : "");
            }
        }
        return string.Join('\n', lines);
    }

    private static IEnumerable<string> IdsOf(Match match) =>
        match.Groups["ids"].Captures.SelectMany(c => c.Value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static List<string> Lines(string text) =>
        text.TrimStart('\uFEFF').Split('\n').Select(l => l.TrimEnd('\r')).ToList();
}
