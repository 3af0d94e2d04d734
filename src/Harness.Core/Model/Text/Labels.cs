namespace Harness.Core.Model.Text;

/// <summary>
/// Headings and field labels match case-insensitively, ignoring surrounding whitespace, backticks, emphasis
/// markers and a trailing colon (ASCII or full-width), and a translation after the English words (see
/// <see cref="Key"/>); this is the one place that says how.
/// </summary>
public static class Labels
{
    /// <summary>What surrounds a label without being part of it: `Owner`, **Owner**, __Owner__, *Owner*.</summary>
    private static readonly char[] Wrappers = ['`', '*', '_'];

    public static string Normalize(string label)
    {
        var trimmed = Unwrap(label.AsSpan());
        // Most labels are already single-spaced: lint normalizes every heading and field, so skip the rebuild then.
        var collapsed = HasWhitespaceToCollapse(trimmed)
            ? CollapseWhitespace(trimmed.ToString())
            : trimmed.Length == label.Length ? label : trimmed.ToString();
        return collapsed.ToLowerInvariant();
    }

    /// <summary>A label as written without what surrounds it (backticks, emphasis, a trailing colon), case kept.</summary>
    public static string Bare(string label) => CollapseWhitespace(Unwrap(label.AsSpan()).ToString());

    /// <summary>
    /// The name a heading or field label gives: <see cref="Normalize"/>d, then without a translation that
    /// follows the English words (`Next Step（次の 1 手）`, `Next Step (次の一手)`, `Current Goal / 現在の目標`),
    /// or, when the English words follow the translation (`次の一手 (Next Step)`), those words. A parenthesis
    /// in plain English stays part of the name, so `Restart Packet (Canonical Inputs)` keeps its own.
    /// </summary>
    public static string Key(string label)
    {
        var key = Normalize(label);
        if (key.AsSpan().IndexOfAny("(（/／") < 0)
        {
            return key;
        }
        for (var previous = ""; previous != key;)
        {
            previous = key;
            key = WithoutTrailingRemark(key);
            key = WithoutSlashTranslation(key);
        }
        return key;
    }

    public static bool Matches(string label, string expected) =>
        string.Equals(Normalize(label), Normalize(expected), StringComparison.Ordinal);

    /// <summary>True when the text has a letter of the Latin alphabet (an English word may be in it).</summary>
    public static bool HasLatinLetter(string text)
    {
        foreach (var ch in text)
        {
            if (char.IsAsciiLetter(ch))
            {
                return true;
            }
        }
        return false;
    }

    public static string CollapseWhitespace(string text)
    {
        var span = text.AsSpan();
        if (!HasWhitespaceToCollapse(span) && (span.Length == 0 || (!char.IsWhiteSpace(span[0]) && !char.IsWhiteSpace(span[^1]))))
        {
            return text;
        }
        var builder = new System.Text.StringBuilder(text.Length);
        var lastWasSpace = false;
        foreach (var ch in text)
        {
            if (char.IsWhiteSpace(ch))
            {
                if (!lastWasSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }
                lastWasSpace = true;
            }
            else
            {
                builder.Append(ch);
                lastWasSpace = false;
            }
        }
        return builder.ToString().TrimEnd();
    }

    /// <summary>Strips whitespace, backticks, emphasis markers and trailing colons until none is left around the text.</summary>
    private static ReadOnlySpan<char> Unwrap(ReadOnlySpan<char> text)
    {
        while (true)
        {
            var before = text.Length;
            text = text.Trim().Trim(Wrappers).TrimEnd(':').TrimEnd('：');
            if (text.Length == before)
            {
                return text;
            }
        }
    }

    /// <summary>
    /// "next step（次の 1 手）" is "next step"; "次の一手 (next step)" is "next step"; "restart packet (canonical
    /// inputs)" stays as it is: only a remark with a non-ASCII letter, or in full-width parentheses, is a translation.
    /// </summary>
    private static string WithoutTrailingRemark(string key)
    {
        if (key.Length == 0 || key[^1] is not (')' or '）'))
        {
            return key;
        }
        var open = OpeningParenthesis(key);
        if (open < 0)
        {
            return key;
        }
        var head = Unwrap(key.AsSpan(0, open)).ToString();
        var remark = key[(open + 1)..^1].Trim();
        var fullWidth = key[open] == '（' || key[^1] == '）';
        if (head.Length > 0 && HasLatinLetter(head) && (fullWidth || !IsAscii(remark)))
        {
            return head;
        }
        if (head.Length > 0 && !HasLatinLetter(head) && IsAscii(remark) && HasLatinLetter(remark))
        {
            return Unwrap(remark.AsSpan()).ToString();
        }
        if (head.Length > 0 && !HasLatinLetter(head) && fullWidth)
        {
            return head;   // a heading wholly in another language keeps its words, without the remark, for headings:
        }
        return key;
    }

    /// <summary>"current goal / 現在の目標" is "current goal"; "現在の目標 / current goal" is "current goal".</summary>
    private static string WithoutSlashTranslation(string key)
    {
        var slash = key.AsSpan().IndexOfAny('/', '／');
        if (slash <= 0 || slash == key.Length - 1)
        {
            return key;
        }
        var head = Unwrap(key.AsSpan(0, slash)).ToString();
        var tail = Unwrap(key.AsSpan(slash + 1)).ToString();
        if (head.Length == 0 || tail.Length == 0)
        {
            return key;
        }
        if (HasLatinLetter(head) && !IsAscii(tail[..1]))
        {
            return head;
        }
        if (!HasLatinLetter(head) && IsAscii(tail) && HasLatinLetter(tail))
        {
            return tail;
        }
        return key;
    }

    private static int OpeningParenthesis(string key)
    {
        var depth = 0;
        for (var i = key.Length - 1; i >= 0; i--)
        {
            switch (key[i])
            {
                case ')' or '）':
                    depth++;
                    break;
                case '(' or '（':
                    if (--depth == 0)
                    {
                        return i;
                    }
                    break;
            }
        }
        return -1;
    }

    private static bool IsAscii(string text)
    {
        foreach (var ch in text)
        {
            if (!char.IsAscii(ch))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>True when some whitespace is not a lone ' ' (a tab, a newline, or a run of blanks).</summary>
    private static bool HasWhitespaceToCollapse(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (char.IsWhiteSpace(ch) && (ch != ' ' || (i > 0 && text[i - 1] == ' ')))
            {
                return true;
            }
        }
        return false;
    }
}
