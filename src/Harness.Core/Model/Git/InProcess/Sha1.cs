using System.Buffers.Binary;
using System.Numerics;

namespace Harness.Core.Model.Git.InProcess;

/// <summary>
/// SHA-1 (FIPS 180-4), as git names its objects: the in-process status hashes a racily clean file to compare it
/// with its index entry. Written here rather than taken from System.Security.Cryptography because on Linux that
/// loads OpenSSL: libssl and libcrypto mapped, relocated and initialised on restart's path (bench/README.md), to
/// hash a few small files. About 300 MB/s, a sixth of OpenSSL's with SHA extensions: enough for that. Used to
/// compare contents, never for security.
/// </summary>
internal sealed class Sha1
{
    public const int HashLength = 20;

    private const int BlockLength = 64;

    private readonly uint[] _state = new uint[5];
    private readonly byte[] _pending = new byte[BlockLength];
    private readonly uint[] _schedule = new uint[80];
    private int _pendingLength;
    private long _length;

    public Sha1() => Reset();

    /// <summary>The SHA-1 of <paramref name="data"/>.</summary>
    public static byte[] HashData(ReadOnlySpan<byte> data)
    {
        var sha = new Sha1();
        sha.Append(data);
        return sha.Finish();
    }

    public void Append(ReadOnlySpan<byte> data)
    {
        _length += data.Length;
        if (_pendingLength > 0)
        {
            var take = Math.Min(BlockLength - _pendingLength, data.Length);
            data[..take].CopyTo(_pending.AsSpan(_pendingLength));
            _pendingLength += take;
            data = data[take..];
            if (_pendingLength < BlockLength)
            {
                return;
            }
            Compress(_pending);
            _pendingLength = 0;
        }
        while (data.Length >= BlockLength)
        {
            Compress(data[..BlockLength]);
            data = data[BlockLength..];
        }
        data.CopyTo(_pending);
        _pendingLength = data.Length;
    }

    /// <summary>The hash of everything appended; the instance starts over afterwards.</summary>
    public byte[] Finish()
    {
        var bits = _length * 8;
        Span<byte> tail = stackalloc byte[BlockLength * 2];
        _pending.AsSpan(0, _pendingLength).CopyTo(tail);
        tail[_pendingLength] = 0x80;
        // The message, a 1 bit, zeros, and its length in bits as the last 8 bytes of a block.
        var total = _pendingLength + 1 + 8 <= BlockLength ? BlockLength : BlockLength * 2;
        BinaryPrimitives.WriteInt64BigEndian(tail[(total - 8)..], bits);
        for (var at = 0; at < total; at += BlockLength)
        {
            Compress(tail.Slice(at, BlockLength));
        }
        var hash = new byte[HashLength];
        for (var i = 0; i < 5; i++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(hash.AsSpan(i * 4), _state[i]);
        }
        Reset();
        return hash;
    }

    private void Reset()
    {
        _state[0] = 0x67452301;
        _state[1] = 0xEFCDAB89;
        _state[2] = 0x98BADCFE;
        _state[3] = 0x10325476;
        _state[4] = 0xC3D2E1F0;
        _pendingLength = 0;
        _length = 0;
    }

    private void Compress(ReadOnlySpan<byte> block)
    {
        var w = _schedule;
        for (var i = 0; i < 16; i++)
        {
            w[i] = BinaryPrimitives.ReadUInt32BigEndian(block[(i * 4)..]);
        }
        for (var i = 16; i < 80; i++)
        {
            w[i] = BitOperations.RotateLeft(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
        }
        uint a = _state[0], b = _state[1], c = _state[2], d = _state[3], e = _state[4];
        for (var i = 0; i < 80; i++)
        {
            uint f, k;
            if (i < 20)
            {
                f = (b & c) | (~b & d);
                k = 0x5A827999;
            }
            else if (i < 40)
            {
                f = b ^ c ^ d;
                k = 0x6ED9EBA1;
            }
            else if (i < 60)
            {
                f = (b & c) | (b & d) | (c & d);
                k = 0x8F1BBCDC;
            }
            else
            {
                f = b ^ c ^ d;
                k = 0xCA62C1D6;
            }
            var next = BitOperations.RotateLeft(a, 5) + f + e + k + w[i];
            e = d;
            d = c;
            c = BitOperations.RotateLeft(b, 30);
            b = a;
            a = next;
        }
        _state[0] += a;
        _state[1] += b;
        _state[2] += c;
        _state[3] += d;
        _state[4] += e;
    }
}
