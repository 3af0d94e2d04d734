using System.Text;

namespace Harness.Core.Model.Git.InProcess;

/// <summary>
/// git's config read in process: the files `git config` reads, in its order and scopes (system, global, local,
/// worktree, command), each read as git reads it (<see cref="ConfigFileParser"/>). A git process costs more than
/// reading them, and every command asks. Its answers are `git -c core.quotepath=false config ...`'s own output and
/// exit code; null wherever git must answer (a redirecting GIT_ variable, a git whose system file is unknown, an
/// include, a syntax error, a file it cannot read, a repository git would refuse or not read as one).
/// </summary>
internal sealed class GitConfigReader
{
    // Every `git config` harness starts has `-c core.quotepath=false`: git lists it last, as a command-line key.
    private static readonly ScopedItem CommandLineItem = new("command", new ConfigItem("core.quotepath", "false"));

    private readonly IReadOnlyList<ScopedItem> _items;

    private GitConfigReader(IReadOnlyList<ScopedItem> items) => _items = items;

    private sealed record ScopedItem(string Scope, ConfigItem Item);

    /// <summary>The config of the work tree at <paramref name="topLevel"/>, or null where git must answer.</summary>
    public static GitConfigReader? Open(string topLevel, ProcessEnvironment environment)
    {
        if (!OperatingSystem.IsLinux() || environment.RedirectsGit() || SystemGit.ConfigFile(environment) is not { } systemFile)
        {
            return null;
        }
        try
        {
            return GitDirectory.Find(topLevel) is { } repository && IsRepository(repository) && FastStatus.OwnedByUser(topLevel, repository)
                ? Read(repository, systemFile, environment)
                : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null; // a file changed under the read or may not be read: git says what it is
        }
    }

    /// <summary>
    /// `config [-z --show-scope] --get-regexp REGEX` for a regex that matches the keys starting with one of
    /// <paramref name="keyPrefixes"/> (in git's case: "core.", "harness.", "include"); exit 1 and no output when none does.
    /// </summary>
    public GitResult Entries(IReadOnlyList<string> keyPrefixes, bool showScope)
    {
        var output = new StringBuilder();
        foreach (var (scope, item) in _items)
        {
            if (!keyPrefixes.Any(prefix => item.Key.StartsWith(prefix, StringComparison.Ordinal)))
            {
                continue;
            }
            if (showScope)
            {
                output.Append(scope).Append('\0');
            }
            output.Append(item.Key);
            if (item.Value is { } value)
            {
                output.Append('\n').Append(value);
            }
            output.Append('\0');
        }
        return Answer(output.ToString());
    }

    /// <summary>`config --get KEY`: the last value of the key, or exit 1; null for a key git would reject or read otherwise.</summary>
    public GitResult? Value(string key) =>
        CanonicalKey(key) is { } canonical ? Answer(Values(canonical).LastOrDefault() is { } last ? (last.Value ?? "") + "\n" : "") : null;

    /// <summary>`config --type=bool --get KEY`: "true" or "false" for its last value; null when any value is no boolean git reads as surely.</summary>
    public GitResult? Flag(string key)
    {
        if (CanonicalKey(key) is not { } canonical)
        {
            return null;
        }
        // git converts each value of the key as it reads it, and stops at one that is no boolean.
        var flags = Values(canonical).Select(item => ConfigBoolean.Of(item.Value)).ToList();
        if (flags.Any(flag => flag is null))
        {
            return null;
        }
        return Answer(flags.Count > 0 ? (flags[^1] == true ? "true\n" : "false\n") : "");
    }

    /// <summary>Every item whose key starts with one of <paramref name="keyPrefixes"/>, in git's order (command line last).</summary>
    public IReadOnlyList<ConfigItem> Items(params string[] keyPrefixes) =>
        _items.Select(scoped => scoped.Item).Where(item => keyPrefixes.Any(prefix => item.Key.StartsWith(prefix, StringComparison.Ordinal))).ToList();

    private IEnumerable<ConfigItem> Values(string key) =>
        _items.Select(scoped => scoped.Item).Where(item => item.Key == key);

    private static GitResult Answer(string output) => new(output.Length > 0 ? 0 : 1, output, "");

    private static GitConfigReader? Read(GitDirectory repository, string systemFile, ProcessEnvironment environment)
    {
        var items = new List<ScopedItem>();
        var globalFiles = new[]
        {
            environment.ConfigHome() is { } configHome ? Path.Combine(configHome, "git", "config") : null,
            environment.Home is { } home ? Path.Combine(home, ".gitconfig") : null,
        };
        if (!Add(items, "system", systemFile) || globalFiles.Any(file => file is not null && !Add(items, "global", file)))
        {
            return null;
        }
        var local = items.Count;
        if (!Add(items, "local", Path.Combine(repository.CommonDir, "config"))
            || WorktreeConfig(items.Skip(local).Select(scoped => scoped.Item).ToList()) is not { } worktreeConfig)
        {
            return null;
        }
        if (worktreeConfig && !Add(items, "worktree", Path.Combine(repository.GitDir, "config.worktree")))
        {
            return null;
        }
        items.Add(CommandLineItem);
        // An include may name any file, on a condition git alone evaluates.
        return items.Any(scoped => scoped.Item.Key.StartsWith("include", StringComparison.Ordinal)) ? null : new GitConfigReader(items);
    }

    /// <summary>Reads one file into <paramref name="items"/>: true when it is read or missing (git skips it), false when git must answer.</summary>
    private static bool Add(List<ScopedItem> items, string scope, string file)
    {
        if (!File.Exists(file))
        {
            // A folder or anything else in a config file's place is git's to report.
            return !Directory.Exists(file) && FileStat.KindOf(file) is FileKind.Missing or FileKind.Link;
        }
        if (ConfigFileParser.Parse(File.ReadAllBytes(file)) is not { } parsed)
        {
            return false;
        }
        items.AddRange(parsed.Select(item => new ScopedItem(scope, item)));
        return true;
    }

    /// <summary>
    /// Whether git reads config.worktree, as git decides it from the repository's own config (repository format 0
    /// or 1, extensions.worktreeConfig); null for a format or an extension git may refuse or read otherwise.
    /// </summary>
    private static bool? WorktreeConfig(IReadOnlyList<ConfigItem> local)
    {
        var version = local.LastOrDefault(item => item.Key == "core.repositoryformatversion");
        if (version is not null && version.Value is not ("0" or "1"))
        {
            return null;
        }
        var enabled = false;
        foreach (var item in local.Where(item => item.Key.StartsWith("extensions.", StringComparison.Ordinal)))
        {
            if (item.Key != "extensions.worktreeconfig" || ConfigBoolean.Of(item.Value) is not { } flag)
            {
                return null;
            }
            enabled = flag;
        }
        return enabled;
    }

    // git takes a folder for a repository only when it holds HEAD, objects and refs; else it looks further up.
    private static bool IsRepository(GitDirectory repository) =>
        File.Exists(Path.Combine(repository.GitDir, "HEAD"))
        && Directory.Exists(Path.Combine(repository.CommonDir, "objects")) && Directory.Exists(Path.Combine(repository.CommonDir, "refs"));

    /// <summary>
    /// A key as `git config --get` compares it: section and name lower, a subsection as given; null for a key git
    /// rejects or one the reader does not take apart (a subsection holding a newline).
    /// </summary>
    private static string? CanonicalKey(string key)
    {
        var first = key.IndexOf('.');
        var last = key.LastIndexOf('.');
        if (first <= 0 || last == key.Length - 1 || key.Contains('\n'))
        {
            return null;
        }
        var section = key[..first];
        var name = key[(last + 1)..];
        if (!section.All(IsKeyChar) || !char.IsAsciiLetter(name[0]) || !name.All(IsKeyChar))
        {
            return null;
        }
        return section.ToLowerInvariant() + key[first..(last + 1)] + name.ToLowerInvariant();
    }

    private static bool IsKeyChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '-';
}
