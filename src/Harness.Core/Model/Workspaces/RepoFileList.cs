using Harness.Core.Model.Git;
using Harness.Core.Model.Text;

namespace Harness.Core.Model.Workspaces;

/// <summary>Lists the files of a repo, through git where there is git; symbolic links are never followed.</summary>
internal static class RepoFileList
{
    /// <summary>A repo with more files than this is listed only this far; rules that use the list say so.</summary>
    public const int MaxFiles = 500_000;

    private static readonly HashSet<string> SkippedFolders = new(StringComparer.Ordinal) { ".git", ".harness", "bin", "obj", "node_modules" };

    public static IReadOnlyList<string> List(string root, IGitRepository? git)
    {
        if (git is not null)
        {
            if (git.ListFiles() is { } listed)
            {
                return listed
                    .Where(p => !p.StartsWith(".harness/", StringComparison.Ordinal))
                    .Distinct(StringComparer.Ordinal)
                    .Take(MaxFiles)
                    .ToList();
            }
        }
        var files = new List<string>();
        var stack = new Stack<string>();
        stack.Push(root);
        while (stack.Count > 0 && files.Count < MaxFiles)
        {
            var folder = stack.Pop();
            IEnumerable<string> entries;
            try
            {
                entries = Directory.EnumerateFileSystemEntries(folder).ToList();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                continue;
            }
            foreach (var entry in entries)
            {
                var info = new FileInfo(entry);
                if (info.LinkTarget is not null)
                {
                    files.Add(RepoPaths.ToRelative(root, entry));
                    continue;
                }
                if (Directory.Exists(entry))
                {
                    if (!SkippedFolders.Contains(Path.GetFileName(entry)))
                    {
                        stack.Push(entry);
                    }
                    continue;
                }
                files.Add(RepoPaths.ToRelative(root, entry));
            }
        }
        files.Sort(StringComparer.Ordinal);
        return files;
    }
}
