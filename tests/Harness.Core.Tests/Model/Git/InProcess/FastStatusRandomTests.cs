using System.Text;

namespace Harness.Core.Tests.Model.Git.InProcess;

/// <summary>
/// A seeded random series of work tree changes (files written, edited in place with the mtime put back, deleted,
/// made executable, turned into links; ignore lines added and files removed; commits now and then), the in-process
/// status compared with git's after every step, for the whole tree and for a subfolder.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
[Platform("Linux")]
public sealed class FastStatusRandomTests
{
    private static readonly string[] Folders = ["", "a/", "a/b/", "a/b/c/", "build/", "docs/x/", "logs/", "app/", "app/src/", "新しい/"];
    private static readonly string[] Names = ["f.txt", "x.log", "keep.tmp", "cache", "ノート.md", "sp ace.txt", "run.sh", "b", "c"];
    private static readonly string[] Patterns =
    [
        "*.log", "!x.log", "build/", "/c", "**/cache", "docs/**/*.tmp", "b/", "!keep.tmp", "*.tmp", "a/*", "!a/b", "app/src/",
        "*.md", "!ノート.md", "sp\\ ace.txt", "[fx].*", "**/b/**", "logs/**", "!logs/f.txt", "c/", "?un.sh", "#not a pattern",
    ];

    [TestCase(1)]
    [TestCase(2)]
    [TestCase(3)]
    public void Every_step_gives_gits_entries(int seed)
    {
        using var box = new StatusSandbox();
        var random = new Random(seed);
        box.Write("app/keep.txt", "k");
        box.CommitAll();
        // Until a same-size rewrite puts its mtime back (case 3), the reader must answer every step itself; after
        // one, the rewritten entry may be one whose answer depends on git's build, and git may answer.
        var mtimePutBack = false;
        for (var step = 0; step < 120; step++)
        {
            mtimePutBack |= Act(box, random, step);
            box.ShouldMatchGit("", null, mayFallBack: mtimePutBack);
            if (step % 5 == 0)
            {
                box.ShouldMatchGit("app/", null, mayFallBack: mtimePutBack);
            }
        }
    }

    /// <summary>One random change; true when it rewrote a file at the same size and put its mtime back.</summary>
    private static bool Act(StatusSandbox box, Random random, int step)
    {
        var files = Directory.EnumerateFileSystemEntries(box.Top, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
            .Where(p => !p.Contains("/.git", StringComparison.Ordinal) && !Directory.Exists(p) || new FileInfo(p).LinkTarget is not null)
            .Where(p => !p.Contains("/.git/", StringComparison.Ordinal) && !p.EndsWith("/.git", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal).ToList();
        var existing = files.Count > 0 ? files[random.Next(files.Count)] : null;
        switch (random.Next(11))
        {
            case 0 or 1:
                TryWrite(box, Folders[random.Next(Folders.Length)] + Names[random.Next(Names.Length)], $"step {step}\n");
                break;
            case 2 when existing is not null && new FileInfo(existing).LinkTarget is null:
                File.AppendAllText(existing, "more\n");
                break;
            case 3 when existing is not null && new FileInfo(existing).LinkTarget is null:
                var mtime = File.GetLastWriteTimeUtc(existing);
                var content = File.ReadAllBytes(existing);
                if (content.Length > 0)
                {
                    content[0] ^= 0x20;
                    File.WriteAllBytes(existing, content);
                    File.SetLastWriteTimeUtc(existing, mtime);
                    return true;
                }
                break;
            case 4 when existing is not null:
                File.Delete(existing);
                break;
            case 5 when existing is not null && new FileInfo(existing).LinkTarget is null:
                File.SetUnixFileMode(existing, File.GetUnixFileMode(existing) ^ UnixFileMode.UserExecute);
                break;
            case 6 when existing is not null:
                File.Delete(existing);
                File.CreateSymbolicLink(existing, "target-" + step);
                break;
            case 7:
                var folder = Folders[random.Next(Folders.Length)];
                TryWrite(box, folder + ".gitignore", Patterns[random.Next(Patterns.Length)] + "\n", append: true);
                break;
            case 8:
                File.AppendAllText(Path.Combine(box.Top, ".git/info/exclude"), Patterns[random.Next(Patterns.Length)] + "\n");
                break;
            case 9:
                box.CommitAll();
                break;
            default:
                if (existing is not null && existing.EndsWith(".gitignore", StringComparison.Ordinal))
                {
                    File.Delete(existing);
                }
                else
                {
                    TryWrite(box, Folders[random.Next(Folders.Length)] + "new-" + step + ".txt", "n");
                }
                break;
        }
        return false;
    }

    // A file where a folder is (or under a file) is skipped: the series needs no error paths of its own.
    private static void TryWrite(StatusSandbox box, string path, string content, bool append = false)
    {
        var full = Path.Combine(box.Top, path);
        for (var parent = Path.GetDirectoryName(full); parent is not null && parent.Length > box.Top.Length; parent = Path.GetDirectoryName(parent))
        {
            if (File.Exists(parent) || new FileInfo(parent).LinkTarget is not null)
            {
                return;
            }
        }
        if (Directory.Exists(full) || new FileInfo(full).LinkTarget is not null)
        {
            return;
        }
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        if (append)
        {
            File.AppendAllText(full, content, Encoding.UTF8);
        }
        else
        {
            File.WriteAllText(full, content);
        }
    }
}
