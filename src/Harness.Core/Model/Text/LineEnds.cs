namespace Harness.Core.Model.Text;

/// <summary>
/// Text quoted out of an artifact (into a prompt, a JSON string, a finding) ends its lines with "\n" whatever
/// the file uses: a CRLF file must not leave a stray "\r" in what harness prints.
/// </summary>
public static class LineEnds
{
    public static string ToLf(string text) =>
        text.Contains('\r', StringComparison.Ordinal) ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n') : text;

    /// <summary>
    /// The offset in <paramref name="raw"/> of the character <paramref name="index"/> characters into the
    /// <see cref="ToLf"/> text that starts at <paramref name="start"/> (a CRLF counts as one character there).
    /// </summary>
    public static int RawOffset(string raw, int start, int index)
    {
        var offset = start;
        for (var seen = 0; seen < index && offset < raw.Length; seen++)
        {
            offset += raw[offset] == '\r' && offset + 1 < raw.Length && raw[offset + 1] == '\n' ? 2 : 1;
        }
        return offset;
    }
}
