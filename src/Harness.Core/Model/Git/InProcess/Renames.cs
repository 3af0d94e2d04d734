namespace Harness.Core.Model.Git.InProcess;

/// <summary>
/// git's rename detection (diff.renames, on by default) as far as it is sure: a deleted and an added regular file
/// (or two links) with one blob id, each id once on each side, is a rename shown by its new name alone. Anything git might pair by
/// similarity (deleted and added files left unpaired), an ambiguous pairing, an empty file, a file paired with a link or a submodule: null.
/// </summary>
internal static class Renames
{
    private static readonly byte[] EmptyBlob = Convert.FromHexString("e69de29bb2d1d6434b8b29ae775ad8c2e48c5391");

    /// <summary>The paths `--name-only` prints for the changes, in their order; null where git must answer.</summary>
    public static List<byte[]>? NamesShown(List<TreeChange> changes)
    {
        var deleted = changes.Where(c => c.New is null).ToList();
        var added = changes.Where(c => c.Old is null).ToList();
        var sources = new HashSet<TreeChange>();
        if (deleted.Count > 0 && added.Count > 0)
        {
            var unpairedAdds = 0;
            foreach (var add in added)
            {
                var same = deleted.Where(d => d.Old!.Id.AsSpan().SequenceEqual(add.New!.Id)).ToList();
                if (same.Count == 0)
                {
                    unpairedAdds++;
                    continue;
                }
                if (same.Count > 1 || added.Count(a => a.New!.Id.AsSpan().SequenceEqual(add.New!.Id)) > 1
                    || Kind(same[0].Old!) is not { } kind || Kind(add.New!) != kind || add.New!.Id.AsSpan().SequenceEqual(EmptyBlob))
                {
                    return null;
                }
                sources.Add(same[0]);
            }
            if (unpairedAdds > 0 && deleted.Count > sources.Count)
            {
                return null; // git may pair these by similarity
            }
        }
        return changes.Where(c => !sources.Contains(c)).Select(c => c.Path).ToList();
    }

    // git pairs a file with a file and a link with a link; a submodule is no blob to pair.
    private static string? Kind(TreeEntry entry) => entry.Mode switch { 0x81A4 or 0x81ED => "file", 0xA000 => "link", _ => null };
}
