using System.Collections.Concurrent;

namespace Harness.Core.Model.Text;

/// <summary>
/// <see cref="RepoPathGuard"/>'s check for one command call over one repo: the repo root is resolved once and each
/// folder is walked once, then every file in it is checked from there. Lint reads thousands of files from a handful
/// of folders; walking each path from the root cost tens of thousands of lstat and readlink calls. The answers live
/// as long as the command call (one workspace): a folder swapped for a link during one
/// command is the same race as one swapped between a check and an open.
/// </summary>
public sealed class RepoFolderGuard
{
    private readonly string _repoRoot;
    private readonly Lazy<string?> _realRoot;
    private readonly ConcurrentDictionary<string, WalkState> _folders = new(StringComparer.Ordinal);

    public RepoFolderGuard(string repoRoot)
    {
        _repoRoot = repoRoot;
        _realRoot = new Lazy<string?>(() => RepoPathGuard.RealRoot(repoRoot));
    }

    /// <summary>The repo folder, as given.</summary>
    public string Root => _repoRoot;

    /// <inheritdoc cref="RepoPathGuard.FullPath"/>
    public string FullPath(string relativePath, bool checkLast = true)
    {
        if (Refusal(relativePath, checkLast) is { } refusal)
        {
            throw new HarnessInputException($"{relativePath}: {refusal}");
        }
        return Path.Combine(_repoRoot, relativePath);
    }

    /// <inheritdoc cref="RepoPathGuard.Refusal"/>
    public string? Refusal(string relativePath, bool checkLast = true)
    {
        var segments = relativePath.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        var checkedCount = checkLast ? segments.Length : segments.Length - 1;
        if (checkedCount <= 0)
        {
            return null;
        }
        if (Path.IsPathRooted(relativePath))
        {
            return "is outside the repo; harness reads and writes only inside the repo";
        }
        if (_realRoot.Value is not { } realRoot)
        {
            return null;
        }
        var folder = Folder(realRoot, segments.AsSpan(0, segments.Length - 1));
        if (folder.Stopped || !checkLast)
        {
            return folder.Refusal;
        }
        return RepoPathGuard.Walk(realRoot, folder, segments.AsSpan(segments.Length - 1)).Refusal;
    }

    private WalkState Folder(string realRoot, ReadOnlySpan<string> segments)
    {
        var root = new WalkState(realRoot, "", null);
        if (segments.Length == 0)
        {
            return root;
        }
        var key = string.Join('/', segments);
        if (_folders.TryGetValue(key, out var known))
        {
            return known;
        }
        return _folders.GetOrAdd(key, RepoPathGuard.Walk(realRoot, root, segments));
    }
}
