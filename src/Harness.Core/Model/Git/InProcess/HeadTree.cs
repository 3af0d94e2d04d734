using System.Text;

namespace Harness.Core.Model.Git.InProcess;

/// <summary>What HEAD's commit says about its tree: unborn (no commit yet), a tree id, or unknown (ask git).</summary>
internal sealed record HeadState(bool Unborn, byte[]? Tree);

/// <summary>HEAD's commit (null: its branch has no commit yet), and the branch ref it names (null: detached).</summary>
internal sealed record HeadRef(string? Id, string? Branch);

/// <summary>
/// Reads the tree id of HEAD's commit from the repository's files: HEAD, the loose ref or packed-refs line it names,
/// then the commit object through <see cref="ObjectStore"/>. Alternates or any ref shape beyond these is left to git (null).
/// </summary>
internal static class HeadTree
{
    private const string RefLine = "ref: ";
    private const int IdHexLength = 40;

    public static HeadState? Read(GitDirectory repository)
    {
        if (HeadCommit(repository) is not { } head)
        {
            return null;
        }
        if (head.Id is null)
        {
            return new HeadState(true, null);
        }
        return CommitTree(repository, Convert.FromHexString(head.Id)) is { } tree ? new HeadState(false, tree) : null;
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

    /// <summary>True when the commit object is in the repository, loose or packed (the type checked).</summary>
    public static bool IsReadableCommit(GitDirectory repository, string id) =>
        CommitTree(repository, Convert.FromHexString(id)) is not null;

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

    private static byte[]? CommitTree(GitDirectory repository, byte[] id)
    {
        using var store = ObjectStore.Open(repository);
        return store?.Read(id) is { Type: "commit" } commit ? TreeLine(commit.Data) : null;
    }

    private static byte[]? TreeLine(ReadOnlySpan<byte> content) =>
        content.Length >= 5 + IdHexLength && content.StartsWith("tree "u8)
            ? Convert.FromHexString(Encoding.ASCII.GetString(content.Slice(5, IdHexLength)))
            : null;
}
