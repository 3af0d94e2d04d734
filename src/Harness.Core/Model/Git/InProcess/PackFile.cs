using System.Buffers.Binary;
using System.IO.Compression;
using Microsoft.Win32.SafeHandles;

namespace Harness.Core.Model.Git.InProcess;

/// <summary>
/// One pack and its version 2 `.idx`, each opened once per command: ids found through the fan-out table (large
/// offsets included), entries read whole or rebuilt from their delta chains (OFS_DELTA, and REF_DELTA through the
/// store). Anything it does not know (another index version, an unknown entry type, a size that does not add up)
/// is an <see cref="InvalidDataException"/>: the caller asks git.
/// </summary>
internal sealed class PackFile : IDisposable
{
    private const int OfsDelta = 6;
    private const int RefDelta = 7;
    // git caps a pack's delta depth at 4,095 (pack.depth); a longer chain is a damaged or hostile pack.
    private const int MaxChain = 4_095;
    // A thin pack's REF_DELTA may name a base in another pack (or loose); a chain that crosses packs this often is damage.
    private const int MaxCrossings = 64;

    private readonly SafeFileHandle _index;
    private readonly FileStream _pack;
    private readonly uint[] _fanout = new uint[256];
    // Trees and commits of one log come from the same delta bases again and again: each base rebuilt once.
    private readonly Dictionary<long, GitObject> _byOffset = [];

    private PackFile(SafeFileHandle index, FileStream pack)
    {
        _index = index;
        _pack = pack;
    }

    public static PackFile Open(string indexPath)
    {
        var index = File.OpenHandle(indexPath);
        try
        {
            var pack = new FileStream(Path.ChangeExtension(indexPath, ".pack"), FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.RandomAccess);
            var file = new PackFile(index, pack);
            file.ReadFanout();
            return file;
        }
        catch
        {
            index.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        _index.Dispose();
        _pack.Dispose();
    }

    private void ReadFanout()
    {
        var header = new byte[8 + 256 * 4];
        if (RandomAccess.Read(_index, header, 0) != header.Length || BinaryPrimitives.ReadUInt32BigEndian(header) != 0xff744f63
            || BinaryPrimitives.ReadUInt32BigEndian(header.AsSpan(4)) != 2)
        {
            throw new InvalidDataException("not a version 2 pack index");
        }
        for (var i = 0; i < 256; i++)
        {
            _fanout[i] = BinaryPrimitives.ReadUInt32BigEndian(header.AsSpan(8 + 4 * i));
        }
    }

    /// <summary>The object's offset in the pack, or null when this pack does not hold it.</summary>
    public long? Offset(ReadOnlySpan<byte> id)
    {
        var low = (long)(id[0] == 0 ? 0 : _fanout[id[0] - 1]);
        var high = (long)_fanout[id[0]] - 1;
        var total = (long)_fanout[255];
        Span<byte> candidate = stackalloc byte[20];
        while (low <= high)
        {
            var middle = (low + high) / 2;
            ReadIndex(candidate, 1032 + middle * 20);
            var order = candidate.SequenceCompareTo(id);
            if (order == 0)
            {
                return OffsetAt(middle, total);
            }
            (low, high) = order < 0 ? (middle + 1, high) : (low, middle - 1);
        }
        return null;
    }

    private long OffsetAt(long position, long total)
    {
        Span<byte> word = stackalloc byte[8];
        var offsetTable = 1032 + total * 24; // ids (20 bytes each), then CRCs (4 each)
        ReadIndex(word[..4], offsetTable + position * 4);
        var offset = BinaryPrimitives.ReadUInt32BigEndian(word);
        if ((offset & 0x80000000) == 0)
        {
            return offset;
        }
        ReadIndex(word, offsetTable + total * 4 + (offset & 0x7fffffff) * 8L);
        return checked((long)BinaryPrimitives.ReadUInt64BigEndian(word));
    }

    private void ReadIndex(Span<byte> buffer, long offset)
    {
        if (RandomAccess.Read(_index, buffer, offset) != buffer.Length)
        {
            throw new InvalidDataException("pack index cut short");
        }
    }

    /// <summary>
    /// The entry at <paramref name="offset"/>, its deltas applied; <paramref name="store"/> finds a REF_DELTA's base
    /// that is not in this pack, <paramref name="hops"/> such crossings deep.
    /// </summary>
    public GitObject Read(long offset, ObjectStore store, int hops = 0)
    {
        // Down the chain to a whole object (or one rebuilt before), then back up applying each delta: a loop, not a
        // recursion, so a long chain in a damaged or hostile pack cannot exhaust the reading thread's stack.
        var pending = new Stack<(long Offset, long DataStart, long Size)>();
        GitObject? result = null;
        for (var at = offset; result is null;)
        {
            if (_byOffset.TryGetValue(at, out var known))
            {
                result = known;
                break;
            }
            if (pending.Count > MaxChain)
            {
                throw new InvalidDataException("delta chain too long");
            }
            var (type, size, dataStart, baseOffset, baseId) = EntryHeader(at);
            if (type is not (OfsDelta or RefDelta))
            {
                result = new GitObject(GitObject.TypeOf(type), Inflate(dataStart, size));
                _byOffset[at] = result;
                break;
            }
            pending.Push((at, dataStart, size));
            if (type == RefDelta)
            {
                if (Offset(baseId!) is not { } local)
                {
                    result = hops < MaxCrossings
                        ? store.ReadForDelta(baseId!, hops + 1) ?? throw new InvalidDataException("delta base missing")
                        : throw new InvalidDataException("delta bases cross packs too often");
                    break;
                }
                baseOffset = local;
            }
            at = baseOffset;
        }
        while (pending.TryPop(out var delta))
        {
            result = result with { Data = Delta.Apply(result.Data, Inflate(delta.DataStart, delta.Size)) };
            _byOffset[delta.Offset] = result;
        }
        return result;
    }

    private (int Type, long Size, long DataStart, long BaseOffset, byte[]? BaseId) EntryHeader(long offset)
    {
        var header = new byte[64];
        var read = RandomAccess.Read(_pack.SafeFileHandle, header, offset);
        var at = 0;
        int Next() => at < read ? header[at++] : throw new InvalidDataException("pack entry cut short");
        var c = Next();
        var type = (c >> 4) & 7;
        long size = c & 15;
        for (var shift = 4; (c & 0x80) != 0; shift += 7)
        {
            c = Next();
            size |= (long)(c & 0x7f) << shift;
            if (shift > 56)
            {
                throw new InvalidDataException("pack entry size too large");
            }
        }
        if (type == OfsDelta)
        {
            // git's offset encoding: each continuation byte adds one before shifting, so no two encodings mean one distance.
            c = Next();
            long distance = c & 0x7f;
            while ((c & 0x80) != 0)
            {
                c = Next();
                distance = checked(((distance + 1) << 7) | (long)(c & 0x7f));
            }
            return distance <= 0 || distance > offset ? throw new InvalidDataException("bad delta base offset")
                : (type, size, offset + at, offset - distance, null);
        }
        if (type == RefDelta)
        {
            if (read < at + 20)
            {
                throw new InvalidDataException("pack entry cut short");
            }
            return (type, size, offset + at + 20, 0, header[at..(at + 20)]);
        }
        return type is >= 1 and <= 4 ? (type, size, offset + at, 0, null) : throw new InvalidDataException("unknown pack entry type");
    }

    private byte[] Inflate(long start, long size)
    {
        if (size > int.MaxValue / 2)
        {
            throw new InvalidDataException("object too large to read in process");
        }
        _pack.Position = start;
        using var inflated = new ZLibStream(_pack, CompressionMode.Decompress, leaveOpen: true);
        return ObjectStore.ReadExactly(inflated, (int)size);
    }
}
