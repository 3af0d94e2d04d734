using System.Text;

namespace Harness.Core.Tests.Model.Git.InProcess;

/// <summary>
/// Seeded random linear histories (files added, edited, deleted, renamed with and without edits, copied, made
/// executable, links, empty commits, Japanese names, subjects of many shapes), the in-process log compared with
/// `git log` loose, packed with offset deltas and packed with ref deltas, for the whole tree and a subfolder.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
[Platform("Linux")]
public sealed class CommitLogRandomTests
{
    // A commit that may hold a rename with edits is marked: git may pair it by similarity, and the reader leaves it to git.
    private const string Inexact = "[inexact]";
    // "a/" beside the files "a-b", "a0" and "a.txt": git orders a folder as if its name ended in '/'.
    private static readonly string[] Folders = ["", "sub/", "sub/deep/", "a/", "sub/新しい/", "sub/a/"];
    private static readonly string[] Names = ["a.txt", "b.md", "ノート.md", "sp ace.txt", "a", "a-b", "a0", "z.txt"];
    private static readonly string[] Subjects =
    [
        "plain", "日本語の件名", "two\nlines joined\n\nbody", "\n\n  \nafter blank lines", "crlf\r\nsubject\r\n\r\nbody\r\n",
        "trailing space   \t\nand tab", "tabs\tinside", "", "\n", "one line\n",
    ];

    [TestCase(1)]
    [TestCase(2)]
    [TestCase(3)]
    public void The_log_is_gits_loose_and_packed(int seed)
    {
        using var box = new StatusSandbox();
        var random = new Random(seed);
        var context = $"seed {seed}";
        for (var step = 0; step < 15; step++)
        {
            var inexact = Act(box, random, step);
            LogSandbox.Commit(box, (inexact ? Inexact + " " : "") + Subjects[random.Next(Subjects.Length)]);
        }
        Compare(box, context + ", loose");
        box.Git("repack", "-adf", "-q", "--window=50", "--depth=50");
        DeltaTypes(box).Should().Contain(6, "the pack holds offset deltas");
        Compare(box, context + ", packed (offset deltas)");
        for (var step = 15; step < 18; step++)
        {
            var inexact = Act(box, random, step);
            LogSandbox.Commit(box, (inexact ? Inexact + " " : "") + $"on top {step}");
        }
        Compare(box, context + ", loose on a pack");
        box.Git("-c", "repack.usedeltabaseoffset=false", "repack", "-adf", "-q", "--window=50", "--depth=50");
        DeltaTypes(box).Should().Contain(7, "the pack holds ref deltas").And.NotContain(6);
        Compare(box, context + ", packed (ref deltas)");
    }

    private static void Compare(StatusSandbox box, string context)
    {
        // Few git processes a comparison: the whole tree at two depths, the subfolder at one.
        foreach (var (prefix, depth) in new[] { ("", 3), ("", 100), ("sub/", 100) })
        {
            var (mine, git) = LogSandbox.ShouldMatchGit(box, prefix, depth, context);
            if (!git.Any(line => line.Contains(Inexact, StringComparison.Ordinal)))
            {
                mine.Should().NotBeNull($"{context}: nothing in this log is git's alone (prefix '{prefix}', -n{depth})");
            }
        }
    }

    /// <summary>One change to the work tree; true when it may be a rename with edits.</summary>
    private static bool Act(StatusSandbox box, Random random, int step)
    {
        try
        {
            return Change(box, random, step);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false; // a file where a folder goes or the other way round: this step's commit is an empty one
        }
    }

    private static bool Change(StatusSandbox box, Random random, int step)
    {
        var files = Directory.EnumerateFiles(box.Top, "*", SearchOption.AllDirectories)
            .Where(p => !p.Contains("/.git/", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        var existing = files.Count > 0 ? files[random.Next(files.Count)] : null;
        var fresh = Path.Combine(box.Top, Folders[random.Next(Folders.Length)] + Names[random.Next(Names.Length)] + (step % 3 == 0 ? "" : step));
        Directory.CreateDirectory(Path.GetDirectoryName(fresh)!);
        switch (existing is null ? 0 : random.Next(10))
        {
            case 0 or 1:
                File.WriteAllText(fresh, Content(random, step));
                return false;
            case 2 when new FileInfo(existing!).LinkTarget is null:
                File.AppendAllText(existing!, $"edit {step}\n");
                return false;
            case 3:
                File.Delete(existing!);
                return false;
            case 4:
                File.Move(existing!, fresh);
                return false;
            case 5 when new FileInfo(existing!).LinkTarget is null:
                File.Move(existing!, fresh);
                File.AppendAllText(fresh, $"renamed {step}\n");
                return true;
            case 6 when new FileInfo(existing!).LinkTarget is null:
                File.Copy(existing!, fresh);
                return false;
            case 7 when new FileInfo(existing!).LinkTarget is null:
                File.SetUnixFileMode(existing!, File.GetUnixFileMode(existing!) ^ UnixFileMode.UserExecute);
                return false;
            case 8:
                File.CreateSymbolicLink(fresh, "target-" + step);
                return false;
            default:
                return false; // an empty commit
        }
    }

    /// <summary>Large, similar contents: git stores most of them as deltas of one another.</summary>
    private static string Content(Random random, int step)
    {
        var text = new StringBuilder();
        for (var line = 0; line < 120; line++)
        {
            text.Append("line ").Append(line).Append(" of the shared text that every file holds\n");
        }
        text.Append("unique ").Append(step).Append(' ').Append(random.Next()).Append('\n');
        return text.ToString();
    }

    /// <summary>The pack entry types of the deltified objects `git verify-pack -v` lists (6: offset delta, 7: ref delta).</summary>
    private static HashSet<int> DeltaTypes(StatusSandbox box)
    {
        var folder = Path.Combine(box.Top, ".git", "objects", "pack");
        var index = Directory.GetFiles(folder, "*.idx").Single();
        var pack = File.ReadAllBytes(Path.ChangeExtension(index, ".pack"));
        return box.Git("verify-pack", "-v", index).Split('\n')
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(fields => fields.Length == 7)
            .Select(fields => (pack[int.Parse(fields[4])] >> 4) & 7).ToHashSet();
    }
}
