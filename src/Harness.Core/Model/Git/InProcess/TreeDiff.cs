using System.Text;

namespace Harness.Core.Model.Git.InProcess;

/// <summary>One tree entry: its name's bytes, its mode and its object id.</summary>
internal sealed record TreeEntry(byte[] Name, int Mode, byte[] Id)
{
    public bool IsTree => Mode == 0x4000; // 040000
}

/// <summary>A path that differs between two trees: its full path's bytes, and each side's entry (null: absent).</summary>
internal sealed record TreeChange(byte[] Path, TreeEntry? Old, TreeEntry? New);

/// <summary>
/// The file-level difference of two trees as git's tree diff walks it: both trees in git's tree order (a folder's
/// name compared as if it ended in '/'), subtrees with equal ids skipped, a file and a folder of one name a delete and
/// an add. Changes come out in that walk's order, which is the order `git log --name-only` prints them in.
/// </summary>
internal sealed class TreeDiff(ObjectStore store)
{
    private static readonly byte[] EmptyTree = Convert.FromHexString("4b825dc642cb6eb9a060e54bf8d69288fbee4904");

    /// <summary>
    /// The id of the tree at <paramref name="prefix"/> ("" or "a/b/") in the tree <paramref name="root"/>; null when
    /// nothing is there (an empty tree counts as nothing: git shows no commit for it). A file in a folder's place is
    /// no answer to give: <see cref="InvalidDataException"/>, and git answers.
    /// </summary>
    public byte[]? Subtree(byte[] root, string prefix)
    {
        var id = root;
        foreach (var part in prefix.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var name = Encoding.UTF8.GetBytes(part);
            if (Entries(id).FirstOrDefault(e => e.Name.AsSpan().SequenceEqual(name)) is not { } entry)
            {
                return null;
            }
            id = entry.IsTree ? entry.Id : throw new InvalidDataException("a file where the harness folder is");
        }
        return id.AsSpan().SequenceEqual(EmptyTree) ? null : id;
    }

    /// <summary>The files that differ between the trees (either may be null: absent), their paths below <paramref name="path"/>.</summary>
    public List<TreeChange> Diff(byte[]? oldTree, byte[]? newTree, string path)
    {
        var changes = new List<TreeChange>();
        Walk(oldTree, newTree, Encoding.UTF8.GetBytes(path), changes);
        return changes;
    }

    private void Walk(byte[]? oldTree, byte[]? newTree, byte[] path, List<TreeChange> changes)
    {
        var left = oldTree is null ? [] : Entries(oldTree);
        var right = newTree is null ? [] : Entries(newTree);
        int i = 0, j = 0;
        while (i < left.Count || j < right.Count)
        {
            var order = i == left.Count ? 1 : j == right.Count ? -1 : Compare(left[i], right[j]);
            if (order == 0)
            {
                var (old, current) = (left[i++], right[j++]);
                if (old.IsTree && current.IsTree)
                {
                    if (!old.Id.AsSpan().SequenceEqual(current.Id))
                    {
                        Walk(old.Id, current.Id, Child(path, old, folder: true), changes);
                    }
                }
                else if (old.Mode != current.Mode || !old.Id.AsSpan().SequenceEqual(current.Id))
                {
                    changes.Add(new TreeChange(Child(path, current, folder: false), old, current));
                }
            }
            else if (order < 0)
            {
                Side(left[i++], path, changes, deleted: true);
            }
            else
            {
                Side(right[j++], path, changes, deleted: false);
            }
        }
    }

    private void Side(TreeEntry entry, byte[] path, List<TreeChange> changes, bool deleted)
    {
        if (entry.IsTree)
        {
            Walk(deleted ? entry.Id : null, deleted ? null : entry.Id, Child(path, entry, folder: true), changes);
            return;
        }
        changes.Add(new TreeChange(Child(path, entry, folder: false), deleted ? entry : null, deleted ? null : entry));
    }

    // The walk recurses once a folder: a path past any file system's limit (a damaged tree that names itself, or
    // folders nested thousands deep) is git's to read, before it could exhaust the reading thread's stack.
    private const int MaxPathBytes = 4096;

    private static byte[] Child(byte[] path, TreeEntry entry, bool folder) =>
        path.Length + entry.Name.Length < MaxPathBytes
            ? [.. path, .. entry.Name, .. folder ? "/"u8.ToArray() : []]
            : throw new InvalidDataException("a path longer than any file system allows");

    /// <summary>git's base_name_compare: names byte by byte, a folder's name as if followed by '/', a file's by NUL.</summary>
    private static int Compare(TreeEntry a, TreeEntry b)
    {
        var common = Math.Min(a.Name.Length, b.Name.Length);
        var order = a.Name.AsSpan(0, common).SequenceCompareTo(b.Name.AsSpan(0, common));
        if (order != 0)
        {
            return order;
        }
        int Next(TreeEntry e) => e.Name.Length > common ? e.Name[common] : e.IsTree ? '/' : 0;
        return Next(a).CompareTo(Next(b));
    }

    /// <summary>A tree's entries as stored: "MODE NAME\0" and a 20-byte id each.</summary>
    private List<TreeEntry> Entries(byte[] id)
    {
        if (store.Read(id) is not { Type: "tree", Data: var data })
        {
            throw new InvalidDataException("tree missing");
        }
        var entries = new List<TreeEntry>();
        var at = 0;
        while (at < data.Length)
        {
            var space = Array.IndexOf(data, (byte)' ', at);
            var nul = space < 0 ? -1 : Array.IndexOf(data, (byte)0, space);
            if (space <= at || nul < 0 || nul + 21 > data.Length)
            {
                throw new InvalidDataException("tree entry");
            }
            var mode = 0;
            foreach (var digit in data.AsSpan(at, space - at))
            {
                mode = digit is >= (byte)'0' and <= (byte)'7' && mode < 0x1000000 ? mode * 8 + digit - '0' : throw new InvalidDataException("tree mode");
            }
            // git reads an old, non-canonical mode (100664) as its canonical one: such trees are git's to compare.
            if (mode is not (0x81A4 or 0x81ED or 0xA000 or 0xE000 or 0x4000))
            {
                throw new InvalidDataException("tree mode git would canonicalize");
            }
            entries.Add(new TreeEntry(data[(space + 1)..nul], mode, data[(nul + 1)..(nul + 21)]));
            at = nul + 21;
        }
        return entries;
    }
}
