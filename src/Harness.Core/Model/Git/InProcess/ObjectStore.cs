using System.IO.Compression;
using System.Text;

namespace Harness.Core.Model.Git.InProcess;

/// <summary>An object's type (commit, tree, blob, tag) and its content, as git stores it.</summary>
internal sealed record GitObject(string Type, byte[] Data)
{
    private static readonly string[] PackTypes = ["", "commit", "tree", "blob", "tag"];

    public static string TypeOf(int packType) => PackTypes[packType];
}

/// <summary>
/// A repository's objects read in process: loose (zlib) or in packs, whole or rebuilt from deltas. The one place that
/// reads packs; each pack is opened once, on the first object not found loose. Null where git must answer: a store
/// with alternates (objects elsewhere), and any object it does not hold (a partial clone fetches it; git says).
/// Damage is an <see cref="InvalidDataException"/> or <see cref="IOException"/> for the caller to turn into "ask git".
/// </summary>
internal sealed class ObjectStore : IDisposable
{
    private readonly string _objects;
    private List<PackFile>? _packs;

    private ObjectStore(string objects) => _objects = objects;

    /// <summary>The store of <paramref name="repository"/>, or null when objects may live where it does not look.</summary>
    public static ObjectStore? Open(GitDirectory repository)
    {
        var objects = Path.Combine(repository.CommonDir, "objects");
        return File.Exists(Path.Combine(objects, "info", "alternates")) || !Directory.Exists(objects) ? null : new ObjectStore(objects);
    }

    public void Dispose()
    {
        foreach (var pack in _packs ?? [])
        {
            pack.Dispose();
        }
    }

    /// <summary>The object with the id <paramref name="id"/> (20 bytes), or null when the store does not hold it.</summary>
    public GitObject? Read(byte[] id) => ReadForDelta(id, 0);

    /// <summary>The object, as the base of a REF_DELTA <paramref name="hops"/> packs away (it may be loose or in another pack).</summary>
    public GitObject? ReadForDelta(byte[] id, int hops)
    {
        var hex = Convert.ToHexStringLower(id);
        var loose = Path.Combine(_objects, hex[..2], hex[2..]);
        if (File.Exists(loose))
        {
            return ReadLoose(loose);
        }
        foreach (var pack in Packs())
        {
            if (pack.Offset(id) is { } offset)
            {
                return pack.Read(offset, this, hops);
            }
        }
        return null;
    }

    private List<PackFile> Packs()
    {
        if (_packs is null)
        {
            _packs = [];
            var folder = Path.Combine(_objects, "pack");
            if (Directory.Exists(folder))
            {
                foreach (var index in Directory.EnumerateFiles(folder, "*.idx").Order(StringComparer.Ordinal))
                {
                    // An index whose pack is gone (a repack under way) holds nothing to read.
                    if (File.Exists(Path.ChangeExtension(index, ".pack")))
                    {
                        _packs.Add(PackFile.Open(index));
                    }
                }
            }
        }
        return _packs;
    }

    private static GitObject ReadLoose(string path)
    {
        using var file = File.OpenRead(path);
        using var inflated = new ZLibStream(file, CompressionMode.Decompress);
        var header = new List<byte>();
        for (var c = inflated.ReadByte(); c != 0; c = inflated.ReadByte())
        {
            if (c < 0 || header.Count > 32)
            {
                throw new InvalidDataException("loose object header");
            }
            header.Add((byte)c);
        }
        var text = Encoding.ASCII.GetString(header.ToArray());
        var space = text.IndexOf(' ', StringComparison.Ordinal);
        if (space < 0 || text[..space] is not ("commit" or "tree" or "blob" or "tag") || !int.TryParse(text[(space + 1)..], out var size) || size < 0)
        {
            throw new InvalidDataException("loose object header");
        }
        return new GitObject(text[..space], ReadExactly(inflated, size));
    }

    /// <summary>Exactly <paramref name="size"/> inflated bytes, and the stream's end right after them.</summary>
    public static byte[] ReadExactly(Stream stream, int size)
    {
        var buffer = new byte[size];
        stream.ReadExactly(buffer);
        return stream.ReadByte() < 0 ? buffer : throw new InvalidDataException("object longer than its size");
    }
}
