using System.Text;

namespace Harness.Cli.Tests.Robustness;

/// <summary>
/// Breaks a file the way agents and crashes do: lines deleted, swapped or duplicated, the file truncated,
/// bytes flipped, junk inserted. Deterministic for a seed, so a failure can be replayed.
/// </summary>
internal static class Mutator
{
    private static readonly string[] Junk =
    [
        "---", "### Track", "- Status:", "- Owner:", "- Dependencies: Track Z, Track A", "| a | b |", "|---|", "```",
        "  - `../../etc/passwd`", "- Owned Files: `/`", "- Owned Files: `**`", "## Next Step", "> > > >", "<!--", "[x]: y",
        "feature: [unclosed", "&a [*a, *a, *a]", "- Verify Signal: `exit 1`", "　全角スペース　", "\u0000", "\uFEFF",
    ];

    public static (byte[] Bytes, string Kind) Mutate(byte[] original, Random random)
    {
        var kind = random.Next(7);
        return kind switch
        {
            0 => (Lines(original, lines => lines.RemoveAt(random.Next(lines.Count))), "delete a line"),
            1 => (Lines(original, lines => Swap(lines, random.Next(lines.Count), random.Next(lines.Count))), "swap two lines"),
            2 => (Lines(original, lines => lines.Insert(random.Next(lines.Count), lines[random.Next(lines.Count)])), "duplicate a line"),
            3 => (original[..random.Next(original.Length + 1)], "truncate"),
            4 => (FlipBytes(original, random), "flip bytes"),
            5 => (Lines(original, lines => lines.Insert(random.Next(lines.Count + 1), Junk[random.Next(Junk.Length)])), "insert junk"),
            _ => (Lines(original, lines => lines.RemoveRange(0, random.Next(lines.Count))), "cut the head"),
        };
    }

    private static byte[] Lines(byte[] original, Action<List<string>> change)
    {
        var lines = Encoding.UTF8.GetString(original).Split('\n').ToList();
        if (lines.Count > 0)
        {
            change(lines);
        }
        return Encoding.UTF8.GetBytes(string.Join('\n', lines));
    }

    private static void Swap(List<string> lines, int a, int b) => (lines[a], lines[b]) = (lines[b], lines[a]);

    private static byte[] FlipBytes(byte[] original, Random random)
    {
        var bytes = (byte[])original.Clone();
        var flips = 1 + random.Next(4);
        for (var i = 0; i < flips && bytes.Length > 0; i++)
        {
            bytes[random.Next(bytes.Length)] ^= (byte)(1 << random.Next(8));
        }
        return bytes;
    }
}
