using Harness.Core.Model.Text;
using Harness.Core.Model.Writing;

namespace Harness.Core.Init;

/// <summary>
/// The .gitignore lines for what harness leaves on disk that must never be committed: the locks it holds beside a
/// file it edits, the temporary files of its atomic writes (`.NAME.GUID.tmp`, 32 hex digits), in .harness/ and
/// beside the artifacts alike, and the page `harness board` writes by default (rebuilt from the artifacts at will). The evidence in .harness/evidence/ is committed (CI and the next agent read it), so
/// it is not ignored. Missing lines are appended under one comment; the user's lines are never touched.
/// </summary>
internal static class GitIgnoreFile
{
    public const string Path = ".gitignore";

    private const string Comment = "# harness: its locks, the temporary files of its writes and its board page (the evidence in .harness/evidence/ is committed)";

    public static readonly string[] Patterns =
    [
        "*.md.lock",
        "*.json.lock",
        "*.toml.lock",
        ".*." + new string('?', 32) + ".tmp",
        ".harness/board.html",
    ];

    public static PendingFile AddPatterns(string root)
    {
        var full = RepoPathGuard.FullPath(root, Path);
        DanglingLink.Refuse(root, Path);
        if (Directory.Exists(full))
        {
            throw new HarnessInputException($"{Path}: is a folder where a file should be; move it away first");
        }
        if (!File.Exists(full))
        {
            var content = string.Join("\n", Patterns.Prepend(Comment)) + "\n";
            return new PendingFile(Path, () => AtomicFile.TryCreate(full, content)
                ? new FileAction(FileActionKind.Created, Path)
                : throw new HarnessInputException($"{Path}: appeared while harness was writing it; nothing written to it. Run the command again"));
        }
        var existing = InPlaceEdit.Read(full, Path);
        var lines = existing.Text.Split('\n').Select(line => line.Trim()).ToHashSet(StringComparer.Ordinal);
        var missing = Patterns.Where(pattern => !lines.Contains(pattern)).ToList();
        if (missing.Count == 0)
        {
            return PendingFile.Kept(Path);
        }
        existing.AppendBlock(string.Join(existing.NewLine, missing.Prepend(Comment)) + existing.NewLine);
        return new PendingFile(Path, () =>
        {
            existing.Write();
            return new FileAction(FileActionKind.Updated, Path);
        });
    }
}
