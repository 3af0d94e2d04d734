using Harness.Core.Model.Documents;
using Harness.Core.Model.Text;

namespace Harness.Core.Model.Artifacts;

/// <summary>
/// Reads "- Label" bullets with nested values, and "- Label: value" one-liners, as people write them: the label
/// may be bold or italic (`**Owner**: x`, `**Owner:** x`, `__Owner__`, `*Owner*`), end in a full-width colon
/// (`Owner：x`), carry a translation (`Owner（担当）`) or be a name harness.yml maps (`担当: x`). A one-liner is
/// recognised when the text before its first colon is one of the labels the caller knows, so that prose with a
/// colon in it is never torn apart.
/// </summary>
public static class FieldReader
{
    private static readonly HashSet<string> NoneWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "none", "n/a", "na", "-", "—", "なし", "無し", "(none)", "nothing", "no",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NoneWordsBySpan =
        NoneWords.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool IsNone(string text)
    {
        // Asked of every owned path and dependency of every track: read with no copy of the text.
        var span = InlineCode.UnwrapSpan(text);
        return NoneWordsBySpan.Contains(span.Trim().TrimEnd('.'));
    }

    public static IReadOnlyList<Field> Read(IReadOnlyList<ListItem> items, IReadOnlyCollection<string> knownLabels, LabelMap labels)
    {
        var fields = new List<Field>();
        var known = labels.KeysOf(knownLabels);
        foreach (var item in items)
        {
            if (OneLiner(item.Text) is { } oneLiner && labels.Key(oneLiner.Label) is var key && known.Contains(key))
            {
                fields.Add(new Field(new TextValue(oneLiner.Label, item.Location), OneLinerValues(item, oneLiner.ValueStart)) { Key = key });
                continue;
            }
            var values = item.Children.Count == 0 ? [] : item.Children.Select(c => c.ToValue()).ToArray();
            fields.Add(new Field(new TextValue(item.Text, item.Location), values) { Key = labels.Key(item.Text) });
        }
        return fields;
    }

    /// <summary>
    /// What a bullet would name if it were a field: the words before its first colon, or, for a bullet with
    /// nested values or of a few words, its text; null for prose. Used to point at a label written nearly right.
    /// </summary>
    public static string? LabelOf(string text, bool hasValues)
    {
        if (OneLiner(text) is { } oneLiner)
        {
            return oneLiner.Label;
        }
        return hasValues || text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 3 ? text : null;
    }

    /// <summary>The first field whose label gives <paramref name="key"/> (a <see cref="LabelMap.Key"/>).</summary>
    public static Field? Find(IReadOnlyList<Field> fields, string key)
    {
        foreach (var field in fields)
        {
            if (string.Equals(field.Key, key, StringComparison.Ordinal))
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

    /// <summary>
    /// Splits "Label: value" at the first colon outside backticks; an emphasis that closes after the colon
    /// ("**Owner:** coder-a") belongs to the label, not the value.
    /// </summary>
    private static (string Label, int ValueStart)? OneLiner(string text)
    {
        var colon = IndexOfLabelColon(text);
        if (colon <= 0)
        {
            return null;
        }
        var label = text[..colon];
        var valueStart = colon + 1;
        var opening = label.Length - label.TrimStart('*', '_').Length;
        if (opening > 0)
        {
            var marker = label[..opening];
            if (!label.TrimEnd().EndsWith(marker, StringComparison.Ordinal) && text.AsSpan(valueStart).StartsWith(marker, StringComparison.Ordinal))
            {
                valueStart += marker.Length;
            }
        }
        return (SharedStrings.Share(label.AsSpan().Trim()), valueStart);
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

    private static TextValue[] OneLinerValues(ListItem item, int valueStart)
    {
        // One string for the value, cut from the item's text at its trimmed bounds (every field of every track).
        var rest = item.Text.AsSpan(valueStart);
        var leading = rest.Length - rest.TrimStart().Length;
        var value = rest.Trim();
        // An array of the exact length: every field of every track keeps one.
        var values = new TextValue[(value.Length > 0 ? 1 : 0) + item.Children.Count];
        var at = 0;
        if (value.Length > 0)
        {
            var column = item.Location.Column + valueStart + leading;
            // "ready", "none", "the check passes.": the same few values recur in every track of a long list.
            values[at++] = new TextValue(SharedStrings.Share(value), item.Location with { Column = column });
        }
        foreach (var child in item.Children)
        {
            values[at++] = child.ToValue();
        }
        return values;
    }
}
