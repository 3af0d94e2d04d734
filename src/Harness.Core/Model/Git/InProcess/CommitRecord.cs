using System.Text;

namespace Harness.Core.Model.Git.InProcess;

/// <summary>A commit object's parts the log prints or walks: its tree, parents, committer time and message.</summary>
internal sealed record CommitRecord(byte[] Id, byte[] Tree, IReadOnlyList<byte[]> Parents, long CommitTime, byte[] Message)
{
    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    /// <summary>The commit, or null when the store does not hold it; headers git reads otherwise are invalid data.</summary>
    public static CommitRecord? Read(ObjectStore store, byte[] id)
    {
        if (store.Read(id) is not { } found)
        {
            return null;
        }
        if (found.Type != "commit" || Array.IndexOf(found.Data, (byte)0) >= 0)
        {
            throw new InvalidDataException("not a commit git prints as is");
        }
        var data = found.Data;
        byte[]? tree = null;
        var parents = new List<byte[]>();
        long? time = null;
        var parentsOpen = false;
        var at = 0;
        while (at < data.Length && data[at] != '\n')
        {
            var end = Array.IndexOf(data, (byte)'\n', at);
            end = end < 0 ? data.Length : end;
            var line = data.AsSpan(at, end - at);
            if (line.StartsWith("tree "u8) && tree is null && at == 0)
            {
                tree = ParseId(line[5..]);
                parentsOpen = true;
                at = end + 1;
                continue;
            }
            else if (line.StartsWith("parent "u8))
            {
                // git reads parents only right after the tree line.
                parents.Add(parentsOpen ? ParseId(line[7..]) : throw new InvalidDataException("parent out of place"));
                at = end + 1;
                continue;
            }
            else if (line.StartsWith("committer "u8) && time is null)
            {
                time = Time(line);
            }
            else if (line.StartsWith("encoding "u8))
            {
                throw new InvalidDataException("an encoding git would convert from");
            }
            parentsOpen = false;
            at = end + 1;
        }
        return tree is null || time is null
            ? throw new InvalidDataException("commit without tree or committer")
            : new CommitRecord(id, tree, parents, time.Value, at < data.Length ? data[(at + 1)..] : []);
    }

    /// <summary>%s: the first paragraph after blank lines, its lines without trailing space joined by one space; null when git would print it otherwise.</summary>
    public string? Subject()
    {
        var lines = new List<byte[]>();
        var started = false;
        var at = 0;
        while (at < Message.Length)
        {
            var end = Array.IndexOf(Message, (byte)'\n', at);
            end = end < 0 ? Message.Length : end;
            var line = Message.AsSpan(at, end - at);
            var length = line.Length;
            while (length > 0 && line[length - 1] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
            {
                length--;
            }
            at = end + 1;
            if (length == 0)
            {
                if (started)
                {
                    break;
                }
                continue;
            }
            started = true;
            lines.Add(line[..length].ToArray());
        }
        try
        {
            var subject = string.Join(' ', lines.Select(StrictUtf8.GetString));
            // The log's own separators in a subject would split the record as the parser reads it.
            return subject.Contains('\x1e') || subject.Contains('\x1f') ? null : subject;
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    private static byte[] ParseId(ReadOnlySpan<byte> hex) =>
        hex.Length == 40 && hex.IndexOfAnyExcept("0123456789abcdef"u8) < 0
            ? Convert.FromHexString(Encoding.ASCII.GetString(hex))
            : throw new InvalidDataException("object id");

    /// <summary>The seconds after the ident's last '&gt;', as git's %ct reads them.</summary>
    private static long Time(ReadOnlySpan<byte> line)
    {
        var close = line.LastIndexOf((byte)'>');
        var rest = close < 0 ? [] : line[(close + 1)..];
        if (rest.Length < 2 || rest[0] != ' ')
        {
            throw new InvalidDataException("committer date");
        }
        rest = rest[1..];
        var digits = rest.IndexOfAnyExcept("0123456789"u8);
        var number = digits < 0 ? rest : rest[..digits];
        // A date past year 9999 is no DateTimeOffset; such commits are git's to print.
        return number.Length is > 0 and < 12 && long.Parse(Encoding.ASCII.GetString(number)) is var seconds && seconds <= 253402300799
            ? seconds
            : throw new InvalidDataException("committer date");
    }
}
