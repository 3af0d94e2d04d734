using System.Text;
using Harness.Core.Model.Config;
using Harness.Core.Model.Workspaces;

namespace Harness.Core.Board;

/// <summary>
/// What the board is drawn from, as one text that changes when any of it changes: git's list of work trees (each
/// one's HEAD and branch) and of branches (a fetch moves the pushed ones), and the name, size and time of every
/// artifact file (harness.yml, the feature lists and protocol, the tasks folder with its plans, notes and
/// handoffs, the evidence) in each work tree. `board --watch` compares it between two looks: two git processes and
/// a walk of a few folders, far cheaper than building the board.
/// </summary>
public static class BoardSources
{
    /// <param name="except">A file whose changes do not count (the page itself, when it is written among the artifacts).</param>
    public static string Fingerprint(Workspace workspace, string? except)
    {
        var text = new StringBuilder();
        var roots = new List<string> { workspace.Root };
        if (workspace.Git is { } git)
        {
            var trees = git.Worktrees();
            foreach (var tree in trees.Value ?? [])
            {
                text.Append("tree ").Append(tree.Path).Append(' ').Append(tree.Head).Append(' ').Append(tree.Branch).Append('\n');
                if (!tree.IsBare && !tree.IsMain)
                {
                    roots.Add(Path.Combine(tree.Path, git.Prefix));
                }
            }
            text.Append(trees.Error);
            var branches = git.Branches();
            foreach (var branch in branches.Value ?? [])
            {
                text.Append("branch ").Append(branch.FullName).Append(' ').Append(branch.Tip).Append('\n');
            }
            text.Append(branches.Error);
        }
        var skip = except is null ? null : Path.GetFullPath(except);
        foreach (var root in roots)
        {
            Stamp(text, Path.Combine(root, HarnessConfig.FileName), skip);
            var config = workspace.Config;
            Folder(text, root, config.FeatureListFolder, recursive: config.FeatureListFolder.Length > 0, skip);
            Stamp(text, Path.Combine(root, config.RestartProtocolPath), skip);
            Stamp(text, Path.Combine(root, config.PlaybookPath), skip);
            Folder(text, root, config.TasksPath, recursive: true, skip);
            Folder(text, root, config.EvidencePath, recursive: true, skip);
        }
        return text.ToString();
    }

    private static void Folder(StringBuilder text, string root, string relative, bool recursive, string? skip)
    {
        var folder = Path.Combine(root, relative);
        if (!Directory.Exists(folder))
        {
            return;
        }
        var options = new EnumerationOptions { RecurseSubdirectories = recursive, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.ReparsePoint };
        foreach (var file in Directory.EnumerateFiles(folder, "*", options).Order(StringComparer.Ordinal))
        {
            Stamp(text, file, skip);
        }
    }

    private static void Stamp(StringBuilder text, string path, string? skip)
    {
        var file = new FileInfo(path);
        if (!file.Exists || skip is not null && Path.GetFullPath(path) == skip)
        {
            return;
        }
        text.Append(path).Append(' ').Append(file.Length).Append(' ').Append(file.LastWriteTimeUtc.Ticks).Append('\n');
    }
}
