using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Harness.Core.Model.Git.InProcess;

/// <summary>What HEAD's commit says about its tree: unborn (no commit yet), a tree id, or unknown (ask git).</summary>
internal sealed record HeadState(bool Unborn, byte[]? Tree);

/// <summary>HEAD's commit (null: its branch has no commit yet), and the branch ref it names (null: detached).</summary>
internal sealed record HeadRef(string? Id, string? Branch);

/// <summary>
/// Reads the tree id of HEAD's commit from the repository's files: HEAD, the loose ref or packed-refs line it names,
/// then the commit object, loose (zlib) or whole in a pack. A deltified commit, alternates or any ref shape beyond
/// these is left to git (null).
/// </summary>
internal static class HeadTree
{
    private const string RefLine = "ref: ";
    private const int IdHexLength = 40;

    public static HeadState? Read(GitDirectory repository)
    {
        var objects = Path.Combine(repository.CommonDir, "objects");
        if (HeadCommit(repository) is not { } head)
        {
            return null;
        }
        if (head.Id is null)
        {
            return new HeadState(true, null);
        }
        return CommitTree(objects, Convert.FromHexString(head.Id)) is { } tree ? new HeadState(false, tree) : null;
    }

    /// <summary>
    /// The commit HEAD names, followed through symbolic refs (loose or packed-refs): its full id, or a null id when HEAD's
    /// branch has no commit yet; null when git must answer (alternates, a ref outside the shared namespaces...).
    /// </summary>
    public static HeadRef? HeadCommit(GitDirectory repository)
    {
        if (File.Exists(Path.Combine(repository.CommonDir, "objects", "info", "alternates")))
        {
            return null;
        }
        var head = File.ReadAllText(Path.Combine(repository.GitDir, "HEAD")).TrimEnd('\n', '\r');
        var branch = head.StartsWith(RefLine + "refs/heads/", StringComparison.Ordinal) ? head[RefLine.Length..].Trim() : null;
        return Follow(repository, head) is { } resolved ? new HeadRef(resolved.Id, branch) : null;
    }

    /// <summary>
    /// The id a ref's content names, following "ref: " lines; a null id for a symbolic ref to a ref that does not exist
    /// (an unborn branch); null when git must answer.
    /// </summary>
    public static (string? Id, bool Found)? Follow(GitDirectory repository, string content)
    {
        for (var depth = 0; depth < 5 && content.StartsWith(RefLine, StringComparison.Ordinal); depth++)
        {
            var name = content[RefLine.Length..].Trim();
            switch (ReadRef(repository, name))
            {
                case null:
                    return null;
                case { Found: false }:
                    return (null, false);
                case { Content: var next }:
                    content = next!;
                    break;
            }
        }
        return content.Length == IdHexLength && IsHex(content) ? (content, true) : null;
    }

    /// <summary>
    /// A ref of the shared namespaces as its loose file or packed-refs line holds it (Found false: neither has it);
    /// null when git must answer.
    /// </summary>
    public static (string? Content, bool Found)? ReadRef(GitDirectory repository, string name)
    {
        // Per-work-tree refs (refs/worktree, refs/bisect) live elsewhere: only the shared namespaces are read here.
        if (!(name.StartsWith("refs/heads/", StringComparison.Ordinal) || name.StartsWith("refs/tags/", StringComparison.Ordinal)
            || name.StartsWith("refs/remotes/", StringComparison.Ordinal)) || name.Contains("..", StringComparison.Ordinal))
        {
            return null;
        }
        var loose = Path.Combine(repository.CommonDir, name);
        switch (FileStat.KindOf(loose))
        {
            case FileKind.Regular:
                return (File.ReadAllText(loose).TrimEnd('\n', '\r'), true);
            case FileKind.Missing:
                return Packed(repository.CommonDir, name) is { } packed ? (packed, true) : (null, false);
            default:
                return null;
        }
    }

    /// <summary>True when the commit object is in the repository, loose or whole in a pack (the type checked).</summary>
    public static bool IsReadableCommit(GitDirectory repository, string id) =>
        CommitTree(Path.Combine(repository.CommonDir, "objects"), Convert.FromHexString(id)) is not null;

    private static bool IsHex(string text) => text.All(char.IsAsciiHexDigitLower);

    private static string? Packed(string commonDir, string name)
    {
        var file = Path.Combine(commonDir, "packed-refs");
        if (!File.Exists(file))
        {
            return null;
        }
        foreach (var line in File.ReadLines(file))
        {
            if (line.Length > IdHexLength + 1 && line[IdHexLength] == ' ' && line.AsSpan(IdHexLength + 1).SequenceEqual(name))
            {
                return line[..IdHexLength];
            }
        }
        return null;
    }

    private static byte[]? CommitTree(string objects, byte[] id)
    {
        var hex = Convert.ToHexStringLower(id);
        var loose = Path.Combine(objects, hex[..2], hex[2..]);
        if (File.Exists(loose))
        {
            using var file = File.OpenRead(loose);
            using var inflated = new ZLibStream(file, CompressionMode.Decompress);
            var header = ReadUpTo(inflated, 128);
            var nul = Array.IndexOf(header, (byte)0);
            return nul > 0 && header.AsSpan(0, nul).StartsWith("commit "u8) ? TreeLine(header.AsSpan(nul + 1)) : null;
        }
        var packs = Path.Combine(objects, "pack");
        if (!Directory.Exists(packs))
        {
            return null;
        }
        foreach (var index in Directory.EnumerateFiles(packs, "*.idx"))
        {
            if (PackOffset(index, id) is { } offset)
            {
                return PackedCommitTree(Path.ChangeExtension(index, ".pack"), offset);
            }
        }
        return null;
    }

    private static byte[]? TreeLine(ReadOnlySpan<byte> content) =>
        content.Length >= 5 + IdHexLength && content.StartsWith("tree "u8)
            ? Convert.FromHexString(Encoding.ASCII.GetString(content.Slice(5, IdHexLength)))
            : null;

    /// <summary>The object's offset in its pack from a version 2 `.idx`: fan-out, sorted ids, CRCs, offsets.</summary>
    private static long? PackOffset(string indexPath, byte[] id)
    {
        using var handle = File.OpenHandle(indexPath);
        var header = new byte[8 + 256 * 4];
        if (RandomAccess.Read(handle, header, 0) != header.Length || BinaryPrimitives.ReadUInt32BigEndian(header) != 0xff744f63
            || BinaryPrimitives.ReadUInt32BigEndian(header.AsSpan(4)) != 2)
        {
            return null;
        }
        uint Fanout(int i) => i < 0 ? 0 : BinaryPrimitives.ReadUInt32BigEndian(header.AsSpan(8 + 4 * i));
        var total = Fanout(255);
        var low = Fanout(id[0] - 1);
        var high = Fanout(id[0]);
        if (high <= low)
        {
            return null;
        }
        var ids = new byte[(high - low) * 20];
        RandomAccess.Read(handle, ids, header.Length + low * 20L);
        for (var i = 0; i < high - low; i++)
        {
            if (!ids.AsSpan(i * 20, 20).SequenceEqual(id))
            {
                continue;
            }
            var position = low + i;
            var offsetTable = header.Length + total * 24L; // ids (20 bytes each), then CRCs (4 each)
            var word = new byte[4];
            RandomAccess.Read(handle, word, offsetTable + position * 4L);
            var offset = BinaryPrimitives.ReadUInt32BigEndian(word);
            if ((offset & 0x80000000) == 0)
            {
                return offset;
            }
            var large = new byte[8];
            RandomAccess.Read(handle, large, offsetTable + total * 4L + (offset & 0x7fffffff) * 8L);
            return (long)BinaryPrimitives.ReadUInt64BigEndian(large);
        }
        return null;
    }

    private static byte[]? PackedCommitTree(string packPath, long offset)
    {
        using var file = File.OpenRead(packPath);
        file.Position = offset;
        var c = file.ReadByte();
        // Type 1 is a commit stored whole; a delta (6, 7) would need its base: git reads those.
        if (c < 0 || ((c >> 4) & 7) != 1)
        {
            return null;
        }
        while ((c & 0x80) != 0)
        {
            c = file.ReadByte();
            if (c < 0)
            {
                return null;
            }
        }
        using var inflated = new ZLibStream(file, CompressionMode.Decompress);
        return TreeLine(ReadUpTo(inflated, 64));
    }

    private static byte[] ReadUpTo(Stream stream, int count)
    {
        var buffer = new byte[count];
        var read = 0;
        while (read < count && stream.Read(buffer, read, count - read) is var n && n > 0)
        {
            read += n;
        }
        return buffer[..read];
    }
}
