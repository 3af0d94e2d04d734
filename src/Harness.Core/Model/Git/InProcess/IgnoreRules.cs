using System.Text;

namespace Harness.Core.Model.Git.InProcess;

/// <summary>
/// Every ignore rule in force for one folder of the walk, in git's precedence: the `.gitignore`s from that folder up
/// to the top (deeper first), then info/exclude, then core.excludesFile. The first file with a matching line
/// decides, by its last matching line.
/// </summary>
internal sealed class IgnoreRules
{
    private readonly IReadOnlyList<IgnoreList> _folders; // top first
    private readonly IReadOnlyList<IgnoreList> _repository; // info/exclude, then the excludes file

    private IgnoreRules(IReadOnlyList<IgnoreList> folders, IReadOnlyList<IgnoreList> repository)
    {
        _folders = folders;
        _repository = repository;
    }

    public static IgnoreRules Of(IReadOnlyList<IgnoreList> repository) => new([], repository.Where(l => !l.IsEmpty).ToList());

    /// <summary>These rules with one more folder's `.gitignore` (null: the folder has none).</summary>
    public IgnoreRules With(IgnoreList? folderList) =>
        folderList is null || folderList.IsEmpty ? this : new IgnoreRules([.. _folders, folderList], _repository);

    public bool IsExcluded(string path, bool isFolder)
    {
        if (_folders.Count == 0 && _repository.Count == 0)
        {
            return false;
        }
        // The walk asks this of every path it meets: a short path's bytes live on the stack.
        var most = Encoding.UTF8.GetMaxByteCount(path.Length);
        Span<byte> buffer = most <= 512 ? stackalloc byte[512] : new byte[most];
        ReadOnlySpan<byte> bytes = buffer[..Encoding.UTF8.GetBytes(path, buffer)];
        var nameStart = bytes.LastIndexOf((byte)'/') + 1;
        for (var i = _folders.Count - 1; i >= 0; i--)
        {
            if (_folders[i].Verdict(bytes, nameStart, isFolder) is { } verdict)
            {
                return verdict;
            }
        }
        foreach (var list in _repository)
        {
            if (list.Verdict(bytes, nameStart, isFolder) is { } verdict)
            {
                return verdict;
            }
        }
        return false;
    }
}
