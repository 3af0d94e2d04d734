using System.Security.Cryptography;
using System.Text;

namespace Harness.Core.Model.Git.InProcess;

/// <summary>
/// The work tree side of `git status` for tracked files: each index entry under the prefix compared with its file
/// as git's diff-files does. Stat data equal (and the entry not racily clean) means unchanged without reading;
/// otherwise the content is hashed as a blob and compared with the entry's id.
/// </summary>
internal sealed class TrackedChanges(string topLevel, StatData indexFile, IReadOnlySet<string> knownFolders, bool lineEndingRules)
{
    private const uint OwnerExecute = 0x40;
    private readonly Dictionary<string, bool> _realFolders = new(StringComparer.Ordinal);

    /// <summary>The status letter of one entry (' ' unchanged, 'M', 'D', 'T'); null when git must say.</summary>
    public char? Of(IndexEntry entry)
    {
        if (!ParentsAreFolders(entry.Path))
        {
            return 'D'; // git counts a file behind a symbolic link, or under a file, as removed
        }
        var path = Path.Combine(topLevel, entry.Path);
        if (FileStat.Of(path) is not { } stat)
        {
            return 'D';
        }
        switch (stat.Kind)
        {
            case FileKind.Directory:
                // A folder where a file was is a removal, unless it is a repository (git then sees a submodule).
                return FileStat.KindOf(Path.Combine(path, ".git")) == FileKind.Missing ? 'D' : null;
            case FileKind.Other:
                return null;
        }
        if (stat.Kind != entry.Kind)
        {
            return 'T';
        }
        if (entry.Kind == FileKind.Regular && ((entry.Mode ^ stat.Mode) & OwnerExecute) != 0)
        {
            return 'M';
        }
        if (entry.Stat.Size != 0 && entry.Stat.Size != stat.Size)
        {
            return 'M';
        }
        if (SameStat(entry.Stat, stat) && !entry.Stat.ModifiedNoEarlierThan(indexFile))
        {
            return ' ';
        }
        var content = Content(path, stat.Kind);
        // A line-ending rule may turn "\r\n" into "\n" before hashing (text, eol, text=auto): git knows which applies.
        if (lineEndingRules && stat.Kind == FileKind.Regular && content.AsSpan().Contains((byte)'\r'))
        {
            return null;
        }
        return BlobId(content).AsSpan().SequenceEqual(entry.ObjectId) ? ' ' : 'M';
    }

    // The fields git's ie_match_stat compares (mode is compared above), nanoseconds included: a difference git would
    // not see only costs a read.
    private static bool SameStat(StatData entry, StatData file) =>
        entry.MtimeSeconds == file.MtimeSeconds && entry.MtimeNanoseconds == file.MtimeNanoseconds
        && entry.CtimeSeconds == file.CtimeSeconds && entry.CtimeNanoseconds == file.CtimeNanoseconds
        && entry.Size == file.Size && entry.Inode == file.Inode && entry.Device == file.Device
        && entry.Uid == file.Uid && entry.Gid == file.Gid;

    private bool ParentsAreFolders(string path)
    {
        for (var slash = path.IndexOf('/'); slash >= 0; slash = path.IndexOf('/', slash + 1))
        {
            var folder = path[..slash];
            if (knownFolders.Contains(folder))
            {
                continue; // listed as a folder by the untracked walk: no need to ask again
            }
            if (!_realFolders.TryGetValue(folder, out var real))
            {
                real = FileStat.KindOf(Path.Combine(topLevel, folder)) == FileKind.Directory;
                _realFolders[folder] = real;
            }
            if (!real)
            {
                return false;
            }
        }
        return true;
    }

    // A link's content is its target.
    private static byte[] Content(string path, FileKind kind) =>
        kind == FileKind.Link ? Encoding.UTF8.GetBytes(new FileInfo(path).LinkTarget ?? "") : File.ReadAllBytes(path);

    /// <summary>git's blob id: SHA-1 of "blob &lt;length&gt;\0" and the content.</summary>
    public static byte[] BlobId(byte[] content)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA1);
        hash.AppendData(Encoding.ASCII.GetBytes($"blob {content.Length}\0"));
        hash.AppendData(content);
        return hash.GetHashAndReset();
    }
}
