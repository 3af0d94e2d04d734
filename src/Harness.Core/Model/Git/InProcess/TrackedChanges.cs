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
        var sameToTheNanosecond = SameStat(entry.Stat, stat, nanoseconds: true);
        var racyToTheSecond = entry.Stat.MtimeSeconds >= indexFile.MtimeSeconds;
        if (sameToTheNanosecond && !racyToTheSecond)
        {
            return ' ';
        }
        var content = Content(path, stat.Kind);
        // A line-ending rule may turn "\r\n" into "\n" before hashing (text, eol, text=auto): git knows which applies.
        if (lineEndingRules && stat.Kind == FileKind.Regular && content.AsSpan().Contains((byte)'\r'))
        {
            return null;
        }
        if (BlobId(content).AsSpan().SequenceEqual(entry.ObjectId))
        {
            return ' ';
        }
        // The content differs, but git reports it only when the stat data tells it to look: changed stat data, or an
        // entry written no earlier than the index (racily clean). git built with USE_NSEC reads both to the
        // nanosecond; git as most systems build it (the default), to the second. Where the two readings disagree (a
        // same-size rewrite within the second the index saw, its mtime put back), which one answers depends on the
        // installed git, so git says.
        var seenToTheNanosecond = !sameToTheNanosecond || entry.Stat.ModifiedNoEarlierThan(indexFile);
        var seenToTheSecond = !SameStat(entry.Stat, stat, nanoseconds: false) || racyToTheSecond;
        return seenToTheNanosecond == seenToTheSecond ? (seenToTheSecond ? 'M' : ' ') : null;
    }

    // The fields git's ie_match_stat compares (mode is compared above). The device is not among them: git compares
    // it only when built with USE_STDEV, which no common build sets.
    private static bool SameStat(StatData entry, StatData file, bool nanoseconds) =>
        entry.MtimeSeconds == file.MtimeSeconds && entry.CtimeSeconds == file.CtimeSeconds
        && (!nanoseconds || (entry.MtimeNanoseconds == file.MtimeNanoseconds && entry.CtimeNanoseconds == file.CtimeNanoseconds))
        && entry.Size == file.Size && entry.Inode == file.Inode && entry.Uid == file.Uid && entry.Gid == file.Gid;

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
        var hash = new Sha1();
        hash.Append(Encoding.ASCII.GetBytes($"blob {content.Length}\0"));
        hash.Append(content);
        return hash.Finish();
    }
}
