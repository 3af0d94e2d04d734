namespace Harness.Core.Model.Git.InProcess;

/// <summary>
/// The untracked files `git status --untracked-files=all` lists under a folder: a walk that follows no link, enters
/// no ignored folder, and lists every file that is neither in the index nor ignored. Null when the walk meets what
/// git treats in ways it does not model: a nested repository, a `.gitattributes` that may change content (see
/// <see cref="AttributeFile"/>), a `.gitignore` or `.gitattributes` that is a link.
/// </summary>
internal sealed class UntrackedWalk(string topLevel, HashSet<string> tracked)
{
    private readonly List<string> _untracked = [];

    /// <summary>Every folder the walk entered, from the top ("" or "a/b/").</summary>
    public HashSet<string> Visited { get; } = new(StringComparer.Ordinal);

    /// <summary>Whether a `.gitattributes` was met (line-ending rules only): files holding '\r' are then left to git.</summary>
    public bool MetAttributes { get; private set; }

    /// <summary>Every real folder (not a link) the walk saw listed, entered or not, from the top ("a/b").</summary>
    public HashSet<string> Folders { get; } = new(StringComparer.Ordinal);

    /// <summary>Walks <paramref name="prefix"/> ("" or "a/b/") with the rules of its parent folders; null when git must say.</summary>
    public IReadOnlyList<string>? Under(string prefix, IgnoreRules rules)
    {
        var folder = "";
        var names = prefix.Split('/', StringSplitOptions.RemoveEmptyEntries);
        foreach (var name in names)
        {
            // The prefix's parents: their .gitignore rules apply, and an ignored parent hides everything below.
            if (FolderRules(folder, rules) is not { } parentRules)
            {
                return null;
            }
            rules = parentRules;
            folder += name + "/";
            if (rules.IsExcluded(folder.TrimEnd('/'), isFolder: true))
            {
                return [];
            }
        }
        return Walk(folder, rules) ? _untracked : null;
    }

    private bool Walk(string folder, IgnoreRules parentRules)
    {
        Visited.Add(folder);
        var entries = Entries(folder);
        if (entries.Any(e => e.Name == ".git") && folder.Length > 0)
        {
            return false; // a nested repository: git lists it as one entry
        }
        if (RulesWith(folder, parentRules, entries) is not { } rules)
        {
            return false;
        }
        foreach (var (name, kind) in entries)
        {
            if (name == ".git")
            {
                continue;
            }
            var path = folder + name;
            if (kind == FileKind.Directory)
            {
                Folders.Add(path);
                if (!rules.IsExcluded(path, isFolder: true) && !Walk(path + "/", rules))
                {
                    return false;
                }
            }
            // git lists files and links only, never a FIFO or a socket.
            else if (kind is FileKind.Regular or FileKind.Link && !tracked.Contains(path) && !rules.IsExcluded(path, isFolder: false))
            {
                _untracked.Add(path);
            }
        }
        return true;
    }

    private IgnoreRules? FolderRules(string folder, IgnoreRules rules) =>
        RulesWith(folder, rules, Entries(folder).Where(e => e.Name is ".gitignore" or ".gitattributes").ToList());

    private IgnoreRules? RulesWith(string folder, IgnoreRules rules, IReadOnlyList<(string Name, FileKind Kind)> entries)
    {
        var attributes = entries.FirstOrDefault(e => e.Name == ".gitattributes");
        if (attributes.Name is not null)
        {
            if (attributes.Kind != FileKind.Regular
                || !AttributeFile.OnlyLineEndings(File.ReadAllBytes(Path.Combine(topLevel, folder, ".gitattributes"))))
            {
                return null;
            }
            MetAttributes = true;
        }
        var ignoreFile = entries.FirstOrDefault(e => e.Name == ".gitignore");
        if (ignoreFile.Name is null)
        {
            return rules;
        }
        var file = Path.Combine(topLevel, folder, ".gitignore");
        return ignoreFile.Kind switch
        {
            FileKind.Regular => rules.With(IgnoreList.Parse(File.ReadAllBytes(file), folder)),
            FileKind.Directory => rules,
            _ => null, // git refuses a .gitignore that is a link
        };
    }

    private List<(string Name, FileKind Kind)> Entries(string folder) =>
        FolderListing.Of(folder.Length == 0 ? topLevel : Path.Combine(topLevel, folder));
}
