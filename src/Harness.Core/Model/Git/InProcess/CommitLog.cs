using System.Text;

namespace Harness.Core.Model.Git.InProcess;

/// <summary>
/// `git -c core.quotepath=false log -n{depth} --format=%x1e%H%x1f%ct%x1f%s --name-only -- .` run from the harness
/// folder, read in process: restart asks it every time, and the git process costs more than the read. Linear history
/// only, with git's simplification by the folder (a commit that changes nothing in it is not shown) and exact renames;
/// null wherever git's answer could differ: merges, shallow clones, grafts, replace refs, an encoding header, a
/// message or path that is not plain UTF-8 git prints as is, a possible inexact rename, any config that changes diffs.
/// </summary>
internal static class CommitLog
{
    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    // Keys that change nothing the command prints (the diff's text, the date format, decorations).
    private static readonly HashSet<string> HarmlessKeys = new(StringComparer.Ordinal)
    {
        "diff.algorithm", "diff.colormoved", "diff.tool", "diff.guitool", "diff.indentheuristic", "diff.noprefix",
        "diff.mnemonicprefix", "diff.wserrorhighlight", "diff.context", "diff.interhunkcontext", "log.date", "log.decorate",
        "log.abbrevcommit", "log.mailmap",
    };

    public static IReadOnlyList<GitCommit>? Read(GitDirectory repository, string prefix, int depth, GitConfigReader config,
        Func<string, string?> fromTopLevel)
    {
        if (!Supported(repository, config) || HeadTree.HeadCommit(repository) is not { } head)
        {
            return null;
        }
        if (head.Id is null)
        {
            return []; // git fails on an unborn branch: no commit yet
        }
        using var store = ObjectStore.Open(repository);
        return store is null ? null : Walk(store, Convert.FromHexString(head.Id), prefix, depth, fromTopLevel);
    }

    private static List<GitCommit>? Walk(ObjectStore store, byte[] start, string prefix, int depth, Func<string, string?> fromTopLevel)
    {
        var trees = new TreeDiff(store);
        var commits = new List<GitCommit>();
        var current = CommitRecord.Read(store, start);
        // Ids are not checked against content here, so damaged objects could name a commit already walked: a
        // history that comes round again is git's to read, never a loop.
        var walked = new HashSet<string>(StringComparer.Ordinal);
        while (current is not null && commits.Count < depth)
        {
            if (current.Parents.Count > 1 || !walked.Add(Convert.ToHexStringLower(current.Id)))
            {
                return null; // a merge (git's simplification and date order are git's to apply), or a cycle
            }
            var parent = current.Parents.Count == 1 ? CommitRecord.Read(store, current.Parents[0]) ?? throw new InvalidDataException("parent missing") : null;
            var mine = trees.Subtree(current.Tree, prefix);
            var theirs = parent is null ? null : trees.Subtree(parent.Tree, prefix);
            if (!SameTree(mine, theirs))
            {
                if (Shown(current, trees.Diff(theirs, mine, prefix), fromTopLevel) is not { } commit)
                {
                    return null;
                }
                commits.Add(commit);
            }
            current = parent;
        }
        return commits;
    }

    private static bool SameTree(byte[]? a, byte[]? b) => a is null || b is null ? a == b : a.AsSpan().SequenceEqual(b);

    private static GitCommit? Shown(CommitRecord commit, List<TreeChange> changes, Func<string, string?> fromTopLevel)
    {
        if (Renames.NamesShown(changes) is not { } names || commit.Subject() is not { } subject)
        {
            return null;
        }
        var files = new List<string>();
        foreach (var name in names)
        {
            if (name.Any(b => b < 0x20 || b is (byte)'"' or (byte)'\\' or 0x7f))
            {
                return null; // git quotes such a path even with core.quotepath=false
            }
            files.Add(StrictUtf8.GetString(name));
        }
        return new GitCommit(Convert.ToHexStringLower(commit.Id), DateTimeOffset.FromUnixTimeSeconds(commit.CommitTime), subject,
            files.Select(fromTopLevel).OfType<string>().ToList());
    }

    /// <summary>False where the repository or its config may make git's walk or diff differ from this one.</summary>
    private static bool Supported(GitDirectory repository, GitConfigReader config)
    {
        var common = repository.CommonDir;
        if (File.Exists(Path.Combine(common, "shallow")) || File.Exists(Path.Combine(common, "info", "grafts"))
            || Directory.Exists(Path.Combine(common, "refs", "replace")) && Directory.EnumerateFileSystemEntries(Path.Combine(common, "refs", "replace")).Any()
            || File.Exists(Path.Combine(common, "packed-refs")) && File.ReadLines(Path.Combine(common, "packed-refs")).Any(line => line.Contains(" refs/replace/", StringComparison.Ordinal)))
        {
            return false;
        }
        foreach (var item in config.Items("diff.", "log.", "i18n."))
        {
            var harmless = HarmlessKeys.Contains(item.Key)
                || item.Key is "diff.renames" or "log.showroot" && ConfigBoolean.Of(item.Value) == true;
            if (!harmless)
            {
                return false;
            }
        }
        return true;
    }
}
