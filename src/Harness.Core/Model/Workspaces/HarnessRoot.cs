using Harness.Core.Model.Config;

namespace Harness.Core.Model.Workspaces;

/// <summary>
/// Finds the harness repo a command run in a subfolder belongs to, as git finds its work tree: upwards from the
/// folder to the first one holding harness.yml or docs/harness/, and never past the top of the git work tree, so
/// that a repo nested in another repo's folder never borrows the outer one's artifacts.
/// </summary>
public static class HarnessRoot
{
    /// <summary>The harness repo holding <paramref name="folder"/>, or null when no folder up to the git top level is one.</summary>
    public static string? Find(string folder)
    {
        for (var current = new DirectoryInfo(Path.GetFullPath(folder)); current is not null; current = current.Parent)
        {
            if (File.Exists(Path.Combine(current.FullName, HarnessConfig.FileName))
                || Directory.Exists(Path.Combine(current.FullName, "docs", "harness")))
            {
                return current.FullName;
            }
            // .git is a folder in a main work tree and a file in a linked worktree or submodule: either ends the walk.
            if (Path.Exists(Path.Combine(current.FullName, ".git")))
            {
                return null;
            }
        }
        return null;
    }
}
