using System.Buffers.Binary;
using System.Text;

namespace Harness.Core.Model.Git.InProcess;

/// <summary>
/// Reads git's index file, versions 2, 3 and 4 (v4 compresses each path against the one before it), for SHA-1
/// repositories. Null for anything it does not understand, so the caller asks git instead.
/// </summary>
internal static class GitIndexReader
{
    private const int HeaderLength = 12;
    private const int IdLength = 20;
    private const int FixedEntryLength = 62; // 10 stat words, the id, the flags
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static GitIndex? Read(ReadOnlySpan<byte> data)
    {
        if (data.Length < HeaderLength + IdLength || !data[..4].SequenceEqual("DIRC"u8))
        {
            return null;
        }
        var version = (int)BinaryPrimitives.ReadUInt32BigEndian(data[4..]);
        var count = BinaryPrimitives.ReadUInt32BigEndian(data[8..]);
        // The trailing checksum is not checked: git reads the index without it (only `git fsck` checks it), and the
        // reader answers as git does. git writes the index through a lock file and a rename, so no reader sees one half
        // written.
        if (version is < 2 or > 4)
        {
            return null;
        }
        var body = data[..^IdLength];
        var entries = new List<IndexEntry>((int)Math.Min(count, 1_000_000));
        var position = HeaderLength;
        byte[] previous = [];
        for (var i = 0; i < count; i++)
        {
            if (ReadEntry(body, ref position, version, ref previous) is not { } entry)
            {
                return null;
            }
            entries.Add(entry);
        }
        return Extensions(body, position, version, entries);
    }

    private static IndexEntry? ReadEntry(ReadOnlySpan<byte> body, ref int position, int version, ref byte[] previous)
    {
        var start = position;
        if (body.Length - start < FixedEntryLength)
        {
            return null;
        }
        Span<uint> words = stackalloc uint[10];
        for (var w = 0; w < 10; w++)
        {
            words[w] = BinaryPrimitives.ReadUInt32BigEndian(body[(start + 4 * w)..]);
        }
        var id = body.Slice(start + 40, IdLength).ToArray();
        var flags = BinaryPrimitives.ReadUInt16BigEndian(body[(start + 60)..]);
        position = start + FixedEntryLength;
        ushort extended = 0;
        if ((flags & 0x4000) != 0)
        {
            if (version < 3 || body.Length - position < 2)
            {
                return null;
            }
            extended = BinaryPrimitives.ReadUInt16BigEndian(body[position..]);
            position += 2;
        }
        var fixedLength = position - start;
        // Only version 4 needs the previous name (its paths are cut against it); the others decode the name in place.
        ReadOnlySpan<byte> name;
        if (version == 4)
        {
            var strip = ReadVarint(body, ref position);
            var end = position >= body.Length ? -1 : body[position..].IndexOf((byte)0);
            if (strip is not { } dropped || dropped > (ulong)previous.Length || end < 0)
            {
                return null;
            }
            previous = [.. previous.AsSpan(0, previous.Length - (int)dropped), .. body.Slice(position, end)];
            name = previous;
            position += end + 1;
        }
        else
        {
            var end = body[position..].IndexOf((byte)0);
            if (end < 0)
            {
                return null;
            }
            name = body.Slice(position, end);
            // Entries are padded with 1 to 8 NULs to a multiple of 8 bytes.
            position = start + ((fixedLength + name.Length + 8) & ~7);
            if (position > body.Length)
            {
                return null;
            }
        }
        string path;
        try
        {
            path = StrictUtf8.GetString(name);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
        var stat = new StatData(words[0], words[1], words[2], words[3], words[4], words[5], words[6], words[7], words[8], words[9]);
        return new IndexEntry(path, words[6], id, stat, (flags >> 12) & 3, (flags & 0x8000) != 0,
            (extended & 0x4000) != 0, (extended & 0x2000) != 0);
    }

    // git's varint: 7 bits a byte, most significant first, each continuation adding one.
    private static ulong? ReadVarint(ReadOnlySpan<byte> body, ref int position)
    {
        if (position >= body.Length)
        {
            return null;
        }
        var c = body[position++];
        ulong value = c & 127u;
        while ((c & 128) != 0)
        {
            if (position >= body.Length || value >= 1UL << 56)
            {
                return null;
            }
            value++;
            c = body[position++];
            value = (value << 7) + (c & 127u);
        }
        return value;
    }

    private static GitIndex? Extensions(ReadOnlySpan<byte> body, int position, int version, List<IndexEntry> entries)
    {
        byte[]? root = null;
        var required = false;
        while (position < body.Length)
        {
            if (body.Length - position < 8)
            {
                return null;
            }
            var signature = body.Slice(position, 4);
            var size = BinaryPrimitives.ReadUInt32BigEndian(body[(position + 4)..]);
            position += 8;
            if (size > (uint)(body.Length - position))
            {
                return null;
            }
            var content = body.Slice(position, (int)size);
            if (signature.SequenceEqual("TREE"u8))
            {
                root = CacheTreeRoot(content);
            }
            else if (signature[0] is < (byte)'A' or > (byte)'Z')
            {
                // git's rule: an extension named in lower case must be understood (link, sdir); upper case is optional.
                required = true;
            }
            position += (int)size;
        }
        return new GitIndex(version, entries, root, required);
    }

    /// <summary>The cache-tree's first node is the root: "", NUL, entry count ("-1" when invalid), ' ', subtrees, '\n', id.</summary>
    private static byte[]? CacheTreeRoot(ReadOnlySpan<byte> content)
    {
        if (content.Length == 0 || content[0] != 0)
        {
            return null;
        }
        var newline = content.IndexOf((byte)'\n');
        if (newline < 0)
        {
            return null;
        }
        var counts = Encoding.ASCII.GetString(content[1..newline]).Split(' ');
        if (counts.Length != 2 || !int.TryParse(counts[0], out var entryCount) || entryCount < 0 || content.Length < newline + 1 + IdLength)
        {
            return null;
        }
        return content.Slice(newline + 1, IdLength).ToArray();
    }
}
