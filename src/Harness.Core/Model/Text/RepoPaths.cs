namespace Harness.Core.Model.Text;

/// <summary>Repo-relative paths: forward slashes, no "." segments, never outside the repo.</summary>
public static class RepoPaths
{
    public static string ToRelative(string repoRoot, string fullPath) =>
        Normalize(Path.GetRelativePath(repoRoot, fullPath));

    public static string Normalize(string path)
    {
        var slashed = path.Replace('\\', '/');
        while (slashed.StartsWith("./", StringComparison.Ordinal))
        {
            slashed = slashed[2..];
        }
        return slashed;
    }

    public static bool IsInside(string repoRoot, string fullPath)
    {
        var root = Path.GetFullPath(repoRoot).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var full = Path.GetFullPath(fullPath);
        return full.StartsWith(root, StringComparison.Ordinal) || full + Path.DirectorySeparatorChar == root;
    }

    /// <summary>True when a repo-relative path or glob would leave the repo: absolute, or with a ".." segment.</summary>
    public static bool Escapes(string path)
    {
        var slashed = path.Replace('\\', '/');
        if (slashed.StartsWith('/') || (slashed.Length > 1 && slashed[1] == ':'))
        {
            return true;
        }
        foreach (var segment in slashed.Split('/'))
        {
            if (segment == "..")
            {
                return true;
            }
        }
        return false;
    }
}
