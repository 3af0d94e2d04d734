namespace Harness.Core.Model.Git.InProcess;

/// <summary>git's delta format: the base's size, the result's size, then copy (from the base) and insert instructions.</summary>
internal static class Delta
{
    public static byte[] Apply(byte[] source, byte[] delta)
    {
        var at = 0;
        if (Size(delta, ref at) != source.Length)
        {
            throw new InvalidDataException("delta base size differs");
        }
        var result = new byte[checked((int)Size(delta, ref at))];
        var written = 0;
        while (at < delta.Length)
        {
            var op = delta[at++];
            if ((op & 0x80) != 0)
            {
                long offset = 0, length = 0;
                for (var i = 0; i < 4; i++)
                {
                    offset |= (op & (1 << i)) != 0 ? (long)Byte(delta, ref at) << (8 * i) : 0;
                }
                for (var i = 0; i < 3; i++)
                {
                    length |= (op & (0x10 << i)) != 0 ? (long)Byte(delta, ref at) << (8 * i) : 0;
                }
                length = length == 0 ? 0x10000 : length;
                if (offset + length > source.Length || written + length > result.Length)
                {
                    throw new InvalidDataException("delta copy out of range");
                }
                source.AsSpan((int)offset, (int)length).CopyTo(result.AsSpan(written));
                written += (int)length;
            }
            else if (op != 0)
            {
                if (at + op > delta.Length || written + op > result.Length)
                {
                    throw new InvalidDataException("delta insert out of range");
                }
                delta.AsSpan(at, op).CopyTo(result.AsSpan(written));
                at += op;
                written += op;
            }
            else
            {
                throw new InvalidDataException("delta opcode 0 is reserved");
            }
        }
        return written == result.Length ? result : throw new InvalidDataException("delta result size differs");
    }

    private static long Size(byte[] delta, ref int at)
    {
        long size = 0;
        for (var shift = 0; ; shift += 7)
        {
            var c = Byte(delta, ref at);
            size |= (long)(c & 0x7f) << shift;
            if ((c & 0x80) == 0)
            {
                return size;
            }
            if (shift > 56)
            {
                throw new InvalidDataException("delta size too large");
            }
        }
    }

    private static byte Byte(byte[] delta, ref int at) =>
        at < delta.Length ? delta[at++] : throw new InvalidDataException("delta cut short");
}
