using Harness.Core.Documents;
using Harness.Core.Text;

namespace Harness.Core.Artifacts;

/// <summary>
/// Reads "- Label" bullets with nested values, and "- Label: value" one-liners, as people write them. A
/// one-liner is recognised when the text before its first colon is one of the labels the caller knows, so
/// that prose with a colon in it is never torn apart.
/// </summary>
public static class FieldReader
{
    private static readonly HashSet<string> NoneWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "none", "n/a", "na", "-", "—", "なし", "無し", "(none)", "nothing", "no",
    };

    public static bool IsNone(string text) => NoneWords.Contains(InlineCode.Unwrap(text).Trim().TrimEnd('.'));

    public static IReadOnlyList<Field> Read(IReadOnlyList<ListItem> items, IReadOnlyCollection<string> knownLabels)
    {
        var fields = new List<Field>();
        var known = knownLabels.Select(Labels.Normalize).ToHashSet(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var colon = IndexOfLabelColon(item.Text);
            if (colon > 0 && known.Contains(Labels.Normalize(item.Text[..colon])))
            {
                fields.Add(new Field(new TextValue(item.Text[..colon].Trim(), item.Location), OneLinerValues(item, colon)));
                continue;
            }
            var values = item.Children.Select(c => c.ToValue()).ToList();
            fields.Add(new Field(new TextValue(item.Text, item.Location), values));
        }
        return fields;
    }

    public static Field? Find(IReadOnlyList<Field> fields, string label)
    {
        var normalized = Labels.Normalize(label);
        foreach (var field in fields)
        {
            if (string.Equals(Labels.Normalize(field.Label.Text), normalized, StringComparison.Ordinal))
            {
                return field;
            }
        }
        return null;
    }

    /// <summary>Splits "a, b and c" style values at commas outside backticks.</summary>
    public static IReadOnlyList<TextValue> SplitCommas(TextValue value)
    {
        var parts = new List<TextValue>();
        var text = value.Text;
        var inCode = false;
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] == '`')
            {
                inCode = !inCode;
            }
            if (i == text.Length || (!inCode && (text[i] == ',' || text[i] == '、' || text[i] == ';')))
            {
                var part = text[start..i];
                var trimmedStart = start + (part.Length - part.TrimStart().Length);
                if (part.Trim().Length > 0)
                {
                    parts.Add(new TextValue(part.Trim(), value.Location with { Column = value.Location.Column + trimmedStart }));
                }
                start = i + 1;
            }
        }
        return parts;
    }

    /// <summary>
    /// The paths or globs a value names: its backticked spans, or, with none, the value itself (comma-split).
    /// </summary>
    public static IEnumerable<TextValue> Paths(TextValue value)
    {
        if (IsNone(value.Text))
        {
            yield break;
        }
        var spans = InlineCode.Spans(value.Text);
        if (spans.Count > 0)
        {
            foreach (var (code, offset) in spans)
            {
                if (code.Length > 0)
                {
                    yield return new TextValue(code, value.Location with { Column = value.Location.Column + offset + 1 });
                }
            }
            yield break;
        }
        foreach (var part in SplitCommas(value))
        {
            var token = part.Text.Split(' ', 2)[0];
            yield return new TextValue(token, part.Location);
        }
    }

    private static int IndexOfLabelColon(string text)
    {
        var inCode = false;
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '`':
                    inCode = !inCode;
                    break;
                case ':' or '：' when !inCode:
                    return i;
            }
        }
        return -1;
    }

    private static List<TextValue> OneLinerValues(ListItem item, int colon)
    {
        var rest = item.Text[(colon + 1)..];
        var trimmed = rest.TrimStart();
        var values = new List<TextValue>();
        if (trimmed.Length > 0)
        {
            var column = item.Location.Column + colon + 1 + (rest.Length - trimmed.Length);
            values.Add(new TextValue(trimmed.TrimEnd(), item.Location with { Column = column }));
        }
        values.AddRange(item.Children.Select(c => c.ToValue()));
        return values;
    }
}
