using Harness.Core.Model.Config;
using Harness.Core.Model.Writing;

namespace Harness.Core.Model.Evidence;

/// <summary>
/// Which repo paths are harness's own artifacts (docs/harness/, tasks/, .harness/, harness.yml, and the folders
/// harness.yml moves them to): a change there is no change of code, so it leaves a passing verify current.
/// </summary>
public sealed class HarnessArtifacts
{
    private readonly List<string> _folders;
    private readonly HashSet<string> _files;
    private readonly string _featureListFolder;

    public HarnessArtifacts(HarnessConfig config)
    {
        _folders = new[] { "docs/harness", ".harness", config.TasksPath, config.EvidencePath, config.TemplatesPath }
            .Concat(new[] { config.FeatureListPath, config.RestartProtocolPath, config.PlaybookPath }.Select(FolderOf))
            .Select(f => f.Trim('/'))
            .Where(f => f.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        _files = new HashSet<string>([HarnessConfig.FileName, config.FeatureListPath, config.RestartProtocolPath, config.PlaybookPath], StringComparer.Ordinal);
        _featureListFolder = config.FeatureListFolder;
    }

    /// <summary>True for a repo-relative path that is one of harness's artifacts, or a lock or temporary file of one.</summary>
    public bool Contains(string path) =>
        _files.Contains(path)
        || FileLock.IsHarnessOwn(path)
        || _folders.Any(f => path == f || path.StartsWith(f + "/", StringComparison.Ordinal))
        || IsOtherFeatureList(path);

    // feature-list-ID.md beside the default feature list, also where that folder is the repo root.
    private bool IsOtherFeatureList(string path) =>
        FolderOf(path) == _featureListFolder && path[(path.LastIndexOf('/') + 1)..].StartsWith("feature-list-", StringComparison.Ordinal)
        && path.EndsWith(".md", StringComparison.Ordinal);

    private static string FolderOf(string path)
    {
        var slash = path.LastIndexOf('/');
        return slash < 0 ? "" : path[..slash];
    }
}
