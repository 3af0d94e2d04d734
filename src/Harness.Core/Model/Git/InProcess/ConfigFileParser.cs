using System.Text;

namespace Harness.Core.Model.Git.InProcess;

/// <summary>One key of a config file as git reads it: the key in git's case (section and name lower, subsection as
/// written) and its value; null for a key with no '=' at all (git's implicit true).</summary>
internal sealed record ConfigItem(string Key, string? Value);

/// <summary>
/// A config file read the way git's config.c reads it (git_parse_source, get_base_var, get_value, parse_value),
/// step by step, so that every key and value comes out as git gives it. Null wherever git would stop with a syntax
/// error, and for what the reader does not model (a NUL byte, text that is not UTF-8): git answers those.
/// </summary>
internal static class ConfigFileParser
{
    private static readonly byte[] ByteOrderMark = [0xEF, 0xBB, 0xBF];

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static IReadOnlyList<ConfigItem>? Parse(byte[] content)
    {
        if (Array.IndexOf(content, (byte)0) >= 0)
        {
            return null; // git cuts a value at a NUL byte; rare enough to leave to it
        }
        var source = new Source(content.AsSpan().StartsWith(ByteOrderMark) ? content[ByteOrderMark.Length..] : content);
        try
        {
            return ParseItems(source);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    private static List<ConfigItem>? ParseItems(Source source)
    {
        var items = new List<ConfigItem>();
        var section = new List<byte>();
        var comment = false;
        while (true)
        {
            var c = source.Next();
            if (c == '\n')
            {
                if (source.AtEnd)
                {
                    return items;
                }
                comment = false;
                continue;
            }
            if (comment || IsSpace(c))
            {
                continue;
            }
            if (c is '#' or ';')
            {
                comment = true;
                continue;
            }
            if (c == '[')
            {
                section.Clear();
                if (!SectionHeader(source, section) || section.Count < 1)
                {
                    return null;
                }
                section.Add((byte)'.');
                continue;
            }
            if (!IsAsciiLetter(c))
            {
                return null;
            }
            var name = new List<byte>(section) { Lower(c) };
            if (KeyAndValue(source, name) is not { } item)
            {
                return null;
            }
            items.Add(item);
        }
    }

    // get_base_var: `[name]` or `[name.legacy]` lowered, or `[name "subsection"]` with the subsection kept.
    private static bool SectionHeader(Source source, List<byte> name)
    {
        while (true)
        {
            var c = source.Next();
            if (source.AtEnd)
            {
                return false;
            }
            if (c == ']')
            {
                return true;
            }
            if (IsSpace(c))
            {
                return Subsection(source, name, c);
            }
            if (!IsKeyChar(c) && c != '.')
            {
                return false;
            }
            name.Add(Lower(c));
        }
    }

    // get_extended_base_var: spaces, then a quoted subsection (a backslash keeps the character after it), then ']'.
    private static bool Subsection(Source source, List<byte> name, int c)
    {
        do
        {
            if (c == '\n')
            {
                return false;
            }
            c = source.Next();
        }
        while (IsSpace(c));
        if (c != '"')
        {
            return false;
        }
        name.Add((byte)'.');
        while (true)
        {
            c = source.Next();
            if (c == '\n')
            {
                return false;
            }
            if (c == '"')
            {
                break;
            }
            if (c == '\\')
            {
                c = source.Next();
                if (c == '\n')
                {
                    return false;
                }
            }
            name.Add((byte)c);
        }
        return source.Next() == ']';
    }

    // get_value: the rest of the name (letters, digits, '-'), blanks, then end of line (no value) or '=' and a value.
    private static ConfigItem? KeyAndValue(Source source, List<byte> name)
    {
        int c;
        while (true)
        {
            c = source.Next();
            if (source.AtEnd || !IsKeyChar(c))
            {
                break;
            }
            name.Add(Lower(c));
        }
        while (c is ' ' or '\t')
        {
            c = source.Next();
        }
        var key = StrictUtf8.GetString(name.ToArray());
        if (c == '\n')
        {
            return new ConfigItem(key, null);
        }
        return c == '=' && Value(source) is { } value ? new ConfigItem(key, StrictUtf8.GetString(value.ToArray())) : null;
    }

    // parse_value: blanks outside quotes become one space each between words (none at either end), comments end
    // the line outside quotes, quotes toggle, and the escapes \n \t \b \\ \" and backslash-newline are read.
    private static List<byte>? Value(Source source)
    {
        var value = new List<byte>();
        var quote = false;
        var comment = false;
        var spaces = 0;
        while (true)
        {
            var c = source.Next();
            if (c == '\n')
            {
                return quote ? null : value;
            }
            if (comment)
            {
                continue;
            }
            if (IsSpace(c) && !quote)
            {
                if (value.Count > 0)
                {
                    spaces++;
                }
                continue;
            }
            if (!quote && c is ';' or '#')
            {
                comment = true;
                continue;
            }
            for (; spaces > 0; spaces--)
            {
                value.Add((byte)' ');
            }
            if (c == '\\')
            {
                c = source.Next();
                switch (c)
                {
                    case '\n':
                        continue;
                    case 't':
                        c = '\t';
                        break;
                    case 'b':
                        c = '\b';
                        break;
                    case 'n':
                        c = '\n';
                        break;
                    case '\\' or '"':
                        break;
                    default:
                        return null;
                }
                value.Add((byte)c);
                continue;
            }
            if (c == '"')
            {
                quote = !quote;
                continue;
            }
            value.Add((byte)c);
        }
    }

    // git's own character classes (sane_ctype): ASCII only, and space is blank, tab, newline and carriage return.
    private static bool IsSpace(int c) => c is ' ' or '\t' or '\n' or '\r';

    private static bool IsAsciiLetter(int c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z';

    private static bool IsKeyChar(int c) => IsAsciiLetter(c) || c is >= '0' and <= '9' or '-';

    private static byte Lower(int c) => (byte)(c is >= 'A' and <= 'Z' ? c + ('a' - 'A') : c);

    /// <summary>get_next_char: CR LF reads as LF, and the end of the file as a last LF (again at each read).</summary>
    private sealed class Source(byte[] content)
    {
        private int _position;

        public bool AtEnd { get; private set; }

        public int Next()
        {
            if (_position >= content.Length)
            {
                AtEnd = true;
                return '\n';
            }
            int c = content[_position++];
            if (c == '\r' && _position < content.Length && content[_position] == '\n')
            {
                _position++;
                c = '\n';
            }
            return c;
        }
    }
}
