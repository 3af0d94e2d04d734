namespace Harness.Core.Model.Text;

/// <summary>
/// The one way harness turns a repo-relative path into a full path for reading or writing: every component that
/// exists is looked at (lstat, from the repo root down), and a symbolic link whose resolved target leaves the repo
/// is refused, naming the link and where it leads. Checking only the final file is not enough: a linked folder
/// above it (`tasks -> /elsewhere/tasks`) would carry every read and write out of the repo. A link inside the repo
/// to a place inside the repo is followed as before (people link docs folders inside one repo, and that is safe).
/// The repo root itself may sit under links (/tmp on macOS is one): its resolved form is the boundary.
/// </summary>
public static class RepoPathGuard
{
    /// <summary>As Linux counts them (ELOOP): more links than this in one path is a loop.</summary>
    private const int MaxLinks = 40;

    /// <summary>
    /// The full path of <paramref name="relativePath"/>, or an input error naming it when a component leads out of the
    /// repo. With <paramref name="checkLast"/> false the last component is left to the caller (a reader with its own
    /// message for a linked file).
    /// </summary>
    public static string FullPath(string repoRoot, string relativePath, bool checkLast = true) =>
        new RepoFolderGuard(repoRoot).FullPath(relativePath, checkLast);

    /// <summary>Why <paramref name="relativePath"/> may not be used (without the path in front), or null when it may.</summary>
    public static string? Refusal(string repoRoot, string relativePath, bool checkLast = true) =>
        new RepoFolderGuard(repoRoot).Refusal(relativePath, checkLast);

    /// <summary>The repo folder with every link in it followed (the boundary), or null when it cannot be resolved.</summary>
    internal static string? RealRoot(string repoRoot)
    {
        try
        {
            return Resolve("", Path.GetFullPath(repoRoot), 0);
        }
        catch (IOException)
        {
            // The repo folder itself cannot be resolved (a loop above it): the ordinary open reports what is wrong.
            return null;
        }
    }

    /// <summary>
    /// Follows <paramref name="segments"/> from <paramref name="at"/> (a place already checked), as the kernel
    /// would, and stops at the first that leads out of the repo (its refusal) or is missing (nothing below it exists,
    /// so nothing more can lead anywhere).
    /// </summary>
    internal static WalkState Walk(string realRoot, WalkState at, ReadOnlySpan<string> segments)
    {
        var (real, shown) = (at.Real!, at.Shown);
        foreach (var segment in segments)
        {
            shown = shown.Length == 0 ? segment : shown + "/" + segment;
            if (segment == ".")
            {
                continue;
            }
            if (segment == "..")
            {
                real = Path.GetDirectoryName(real) ?? real;
                if (!RepoPaths.IsInside(realRoot, real))
                {
                    return WalkState.Refused("is outside the repo (it climbs out with ..); harness reads and writes only inside the repo");
                }
                continue;
            }
            var next = Path.Combine(real, segment);
            var link = LinkTargetOf(next);
            if (link is null)
            {
                if (!Path.Exists(next))   // one stat: anything there (it is no link)
                {
                    return WalkState.Missing;
                }
                real = next;
                continue;
            }
            string target;
            try
            {
                target = Resolve(real, link, 1);
            }
            catch (IOException)
            {
                return WalkState.Refused($"cannot be followed through the link {shown} -> {link} (a symbolic link loop); harness reads and writes only inside the repo");
            }
            if (!RepoPaths.IsInside(realRoot, target))
            {
                return WalkState.Refused($"leaves the repo through the link {shown} -> {target}; harness reads and writes only inside the repo");
            }
            real = target;
        }
        return new WalkState(real, shown, null);
    }

    /// <summary>
    /// <paramref name="path"/> (absolute, or relative to the resolved folder <paramref name="basis"/>) with every link
    /// in it followed, as the kernel would: ".." after a link goes to the parent of the link's target.
    /// </summary>
    private static string Resolve(string basis, string path, int depth)
    {
        if (depth > MaxLinks)
        {
            throw new IOException("too many levels of symbolic links");
        }
        var rooted = Path.IsPathRooted(path);
        var current = rooted ? Path.GetPathRoot(path)! : basis;
        var rest = rooted ? path[current.Length..] : path;
        var parts = rest.Split(['/', Path.DirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < parts.Length; i++)
        {
            if (parts[i] == ".")
            {
                continue;
            }
            if (parts[i] == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }
            var next = Path.Combine(current, parts[i]);
            var link = LinkTargetOf(next);
            if (link is not null)
            {
                current = Resolve(current, link, depth + 1);
                continue;
            }
            if (!Path.Exists(next))   // one stat: anything there (it is no link)
            {
                // Below a missing component nothing is a link: the rest is joined as written.
                return Path.GetFullPath(Path.Combine([next, .. parts[(i + 1)..]]));
            }
            current = next;
        }
        return current;
    }

    /// <summary>The target text of the link at <paramref name="path"/> (from lstat), or null for anything else.</summary>
    private static string? LinkTargetOf(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}

/// <summary>
/// Where a walk through a repo-relative path stands: at <see cref="Real"/> (links followed) having passed
/// <see cref="Shown"/>, or stopped with a <see cref="Refusal"/>, or stopped at a missing component (neither).
/// </summary>
internal sealed record WalkState(string? Real, string Shown, string? Refusal)
{
    public static readonly WalkState Missing = new(null, "", null);

    public static WalkState Refused(string refusal) => new(null, "", refusal);

    public bool Stopped => Real is null;
}
