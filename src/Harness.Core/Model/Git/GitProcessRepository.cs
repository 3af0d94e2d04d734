using System.Diagnostics;
using System.Text;
using Harness.Core.Model.Git.InProcess;

namespace Harness.Core.Model.Git;

/// <summary>
/// The git facts a command needs, asked of the real git through its porcelain: the one place that knows git's
/// argument lists. The harness repo may be a subfolder of the git work tree (the sample is), so every path given
/// out is relative to the harness repo. No git process starts until a command asks for a git fact.
/// </summary>
public sealed class GitProcessRepository : IGitRepository
{
    /// <summary>Marks the start of each commit in the stale-note log (its own separator, as it always was).</summary>
    private const char PathCommitMark = '\u0001';

    // Read once and thread-safe: restart asks for HEAD from the base branch check, which runs beside the packet.
    private readonly Lazy<string?> _head;

    private GitProcessRepository(string repoRoot, string topLevel, string prefix)
    {
        RepoRoot = repoRoot;
        TopLevel = topLevel;
        Prefix = prefix;
        _head = new Lazy<string?>(ReadHead);
        _refs = new Lazy<RefReader?>(() => RefReader.Open(TopLevel, ProcessEnvironment.Current()));
        _configFiles = ReadConfigFiles();
        _settings = ReadSettings();
    }

    // One config read per command call answers both harness's own keys (who works in this work tree) and the keys the
    // in-process status depends on: restart asks both. A config this object sets or unsets is read again (start and
    // worktree add write the keys they then read).
    private volatile Lazy<GitResult> _settings;

    // The keys `^(core|extensions|harness|branch)\.|^include` matches, as the in-process reader takes them.
    private static readonly string[] SettingsKeys = ["core.", "extensions.", "harness.", "branch.", "include"];

    private Lazy<GitResult> ReadSettings() => new(() =>
        Config(reader => reader.Entries(SettingsKeys, showScope: true),
            "config", "-z", "--show-scope", "--get-regexp", @"^(core|extensions|harness|branch)\.|^include"));

    // git's config files read in process where that gives git's answer for sure (a git process costs more than the
    // files): read once per command call, and again after this object writes a key.
    private volatile Lazy<GitConfigReader?> _configFiles;

    private Lazy<GitConfigReader?> ReadConfigFiles() => new(() => GitConfigReader.Open(TopLevel, ProcessEnvironment.Current()));

    /// <summary>The in-process reader's answer to a `git config` read, or git's own where the reader is not sure.</summary>
    private GitResult Config(Func<GitConfigReader, GitResult?> inProcess, params string[] args) =>
        (_configFiles.Value is { } reader ? inProcess(reader) : null) ?? Git(args);

    private const string HarnessSection = "harness";

    /// <summary>The harness repo folder.</summary>
    public string RepoRoot { get; }

    /// <summary>The top of the git work tree.</summary>
    public string TopLevel { get; }

    /// <summary>The harness repo's path inside the work tree ("" at its top, "sample-repo/" below it).</summary>
    public string Prefix { get; }

    /// <summary>The git work tree that holds <paramref name="repoRoot"/>, or null outside git (or without git).</summary>
    public static GitProcessRepository? Open(string repoRoot)
    {
        // Agents run harness at every session start: finding the work tree by its .git entry costs a few stat
        // calls, where `git rev-parse` costs a process. rev-parse stays for set-ups the walk cannot see.
        if (Environment.GetEnvironmentVariable("GIT_DIR") is null && Environment.GetEnvironmentVariable("GIT_WORK_TREE") is null)
        {
            var root = Path.GetFullPath(repoRoot);
            for (var folder = new DirectoryInfo(root); folder is not null; folder = folder.Parent)
            {
                var dotGit = Path.Combine(folder.FullName, ".git");
                if (Directory.Exists(dotGit) || File.Exists(dotGit))
                {
                    // Only Windows separates folders with '\\'; on POSIX it is a character a folder name may hold.
                    var relative = Path.GetRelativePath(folder.FullName, root).Replace(Path.DirectorySeparatorChar, '/');
                    var prefix = relative == "." ? "" : relative.TrimEnd('/') + "/";
                    return new GitProcessRepository(repoRoot, folder.FullName, prefix);
                }
            }
            return null;
        }
        var result = Run(repoRoot, "rev-parse", "--show-toplevel", "--show-prefix");
        if (!result.Ok)
        {
            return null;
        }
        var lines = result.Output.Split('\n');
        var top = lines[0].Trim();
        var gitPrefix = lines.Length > 1 ? lines[1].Trim() : "";
        return new GitProcessRepository(repoRoot, top, gitPrefix);
    }

    private GitResult Git(params string[] args) => Run(RepoRoot, args);

    public string? Head() => _head.Value;

    // The refs a restart asks (HEAD, the base's commit, the upstream) are read from git's files where that is git's
    // answer for sure (RefReader): three processes fewer on a track's restart. Built once per repository object.
    private RefReader? Refs => _refs.Value;

    private readonly Lazy<RefReader?> _refs;

    private string? ReadHead()
    {
        if (Refs?.Head() is { Known: true } head)
        {
            return head.Id;
        }
        return Git("rev-parse", "--verify", "-q", "HEAD") is { Ok: true } result ? result.Output.Trim() : null;
    }

    /// <summary>Turns a path relative to the work tree's top into one relative to the harness repo; null outside it.</summary>
    public string? FromTopLevel(string path)
    {
        if (Prefix.Length == 0)
        {
            return path;
        }
        return path.StartsWith(Prefix, StringComparison.Ordinal) ? path[Prefix.Length..] : null;
    }

    // Read in process where that gives git's answer exactly (a git process costs more than the read); git otherwise.
    public GitStatus Status() =>
        FastStatus.TryRead(TopLevel, Prefix, ProcessEnvironment.Current(), FromTopLevel, () => WithoutScopes(_settings.Value))
        ?? GitStatus.Parse(Git("status", "--porcelain=v1", "-z", "--untracked-files=all", "--", "."), FromTopLevel);

    /// <summary>`--show-scope` output ("scope\0key\nvalue\0") as the status config reads it ("key\nvalue\0"); exit 1 (no key) kept.</summary>
    private static GitResult WithoutScopes(GitResult result)
    {
        var tokens = result.Output.Split('\0');
        var plain = new StringBuilder();
        for (var i = 1; i < tokens.Length; i += 2)
        {
            plain.Append(tokens[i]).Append('\0');
        }
        return result with { Output = plain.ToString() };
    }

    /// <summary>The config keys the in-process status depends on (see <see cref="StatusConfig"/>), in git's environment.</summary>
    internal static GitResult ReadStatusConfig(string topLevel, ProcessEnvironment environment) =>
        Run(topLevel, environment.Variables, replaceEnvironment: true, ["config", "-z", "--get-regexp", @"^(core|extensions)\.|^include"]);

    // Read in process where that is git's answer for sure (restart asks it every time: a process costs more); git otherwise.
    public IReadOnlyList<GitCommit> RecentCommits(int depth)
    {
        if (Refs?.RecentCommits(Prefix, depth, _configFiles.Value, FromTopLevel) is { } commits)
        {
            return commits;
        }
        var result = Git("log", $"-n{depth}", "--format=%x1e%H%x1f%ct%x1f%s", "--name-only", "--", ".");
        return result.Ok ? GitLogParser.Commits(result.Output, FromTopLevel) : []; // no commit yet
    }

    public string? LastCommitTouching(string path) =>
        Git("log", "-1", "--format=%H", "--", path) is { Ok: true } log && log.Output.Trim().Length > 0 ? log.Output.Trim() : null;

    public IReadOnlyList<GitPathCommit>? CommitsTouching(IReadOnlyList<string> pathspecs)
    {
        var result = Git(["log", $"--format={PathCommitMark}%h %cs", "--name-only", "--", .. pathspecs]);
        return result.Ok ? GitLogParser.PathCommits(result.Output, PathCommitMark, FromTopLevel) : null;
    }

    public IReadOnlyList<string>? ChangedNames(string from, string to)
    {
        var result = Git("diff", "--name-only", "--relative", "-z", from, to, "--", ".");
        return result.Ok ? result.Output.Split('\0', StringSplitOptions.RemoveEmptyEntries) : null;
    }

    public GitAnswer<string> WorkTreeSnapshot()
    {
        // A fresh index of its own: read HEAD into it, add the whole work tree, write its tree. The user's index,
        // and what they staged in it, stays untouched; the tree object is unreferenced, kept until git prunes it.
        var index = Path.Combine(Path.GetTempPath(), $"harness-index-{Guid.NewGuid():N}");
        var environment = new Dictionary<string, string> { ["GIT_INDEX_FILE"] = index };
        try
        {
            foreach (var step in new[] { new[] { "read-tree", "HEAD" }, new[] { "add", "-A", "--", ":/" } })
            {
                var result = Run(RepoRoot, environment, step);
                if (!result.Ok)
                {
                    return Failure<string>(result);
                }
            }
            return Trimmed(Run(RepoRoot, environment, "write-tree"));
        }
        finally
        {
            File.Delete(index);
            File.Delete(index + ".lock");
        }
    }

    public GitAnswer<IReadOnlyList<GitDiffEntry>> CommittedSince(string mergeBase) =>
        NameStatus(Git("diff", "--name-status", "-M", "-z", $"{mergeBase}..HEAD", "--", "."));

    public GitAnswer<IReadOnlyList<GitDiffEntry>> Staged() =>
        NameStatus(Git("diff", "--cached", "--name-status", "-M", "-z", "--", "."));

    public GitAnswer<string> ResolveCommit(string reference) =>
        Refs?.Commit(reference) is { } commit
            ? GitAnswer<string>.Of(commit)
            : Trimmed(Git("rev-parse", "--verify", "-q", "--end-of-options", reference + "^{commit}"));

    public GitAnswer<string> MergeBase(string commit, string other) => Trimmed(Git("merge-base", commit, other));

    // "./" makes the path relative to the harness repo, which may lie below the work tree's top.
    public GitAnswer<string> FileAt(string? revision, string path)
    {
        var result = Git("show", "--end-of-options", $"{revision}:./{path}");
        return result.Ok ? GitAnswer<string>.Of(result.Output) : Failure<string>(result);
    }

    public bool IsCommit(string revision) => Git("cat-file", "-e", revision + "^{commit}").Ok;

    // Exit 0: an ancestor; 1: not one; anything else (an unknown commit) is no ancestor either.
    public bool IsAncestor(string commit, string descendant) => Git("merge-base", "--is-ancestor", commit, descendant).Ok;

    public string? ConfigValue(string key)
    {
        var result = Config(reader => reader.Value(key), "config", "--get", key);
        return result.Ok && result.Output.Trim().Length > 0 ? result.Output.Trim() : null;
    }

    public bool ConfigFlag(string key) =>
        Config(reader => reader.Flag(key), "config", "--type=bool", "--get", key) is { Ok: true } result && result.Output.Trim() == "true";

    public IReadOnlyList<GitConfigEntry> ConfigSection(string section)
    {
        if (string.Equals(section, HarnessSection, StringComparison.OrdinalIgnoreCase))
        {
            // Keys come back as git prints them: the section and the name in lower case, a subsection as written.
            var settings = _settings.Value;
            return settings.Ok
                ? GitLogParser.ConfigEntries(settings.Output).Where(e => e.Key.StartsWith(HarnessSection + ".", StringComparison.Ordinal)).ToList()
                : [];
        }
        // Exit 1 means no key matched: no entry, not a failure to report. A plain lower-case section name is one
        // prefix to the in-process reader (git lowers the regex before its first dot, which this one has at its end).
        var regex = "^" + System.Text.RegularExpressions.Regex.Escape(section) + "\\.";
        var result = section.Length > 0 && section.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-')
            ? Config(reader => reader.Entries([section + "."], showScope: true), "config", "-z", "--show-scope", "--get-regexp", regex)
            : Git("config", "-z", "--show-scope", "--get-regexp", regex);
        return result.Ok ? GitLogParser.ConfigEntries(result.Output) : [];
    }

    public GitAnswer<string> SetConfig(string key, string value, GitConfigScope scope)
    {
        var result = Git("config", ScopeFlag(scope), key, value);
        _configFiles = ReadConfigFiles();
        _settings = ReadSettings();
        return Trimmed(result);
    }

    public GitAnswer<string> UnsetConfig(string key, GitConfigScope scope)
    {
        var result = Git("config", ScopeFlag(scope), "--unset-all", key);
        _configFiles = ReadConfigFiles();
        _settings = ReadSettings();
        // Exit 5: the key was not set there, which is what unsetting asks for.
        return result.ExitCode == 5 ? GitAnswer<string>.Of("") : Trimmed(result);
    }

    public bool HasLinkedWorktrees() =>
        Git("worktree", "list", "--porcelain") is { Ok: true } list
        && list.Output.Split('\n').Count(line => line.StartsWith("worktree ", StringComparison.Ordinal)) > 1;

    private static string ScopeFlag(GitConfigScope scope) => scope == GitConfigScope.Worktree ? "--worktree" : "--local";

    public GitAnswer<string> HooksPath() => Trimmed(Git("rev-parse", "--git-path", "hooks"));

    public IReadOnlyList<string>? ListFiles()
    {
        var result = Git("ls-files", "-z", "--cached", "--others", "--exclude-standard");
        return result.Ok ? result.Output.Split('\0', StringSplitOptions.RemoveEmptyEntries) : null;
    }

    public string? Upstream()
    {
        // A branch whose config names no upstream (no branch.NAME.merge in any scope, no include that could hold one)
        // has none: git would say so at the cost of a process.
        var settings = _settings.Value;
        if (Refs?.Branch() is { } branch && (settings.Ok || settings is { ExitCode: 1, Error.Length: 0 })
            && !GitLogParser.ConfigEntries(settings.Output).Any(e => e.Key.StartsWith("include", StringComparison.Ordinal) || e.Key == $"branch.{branch}.merge"))
        {
            return null;
        }
        return Git("rev-parse", "--abbrev-ref", "--symbolic-full-name", "@{upstream}") is { Ok: true } result && result.Output.Trim().Length > 0
            ? result.Output.Trim()
            : null;
    }

    public GitAnswer<IReadOnlyList<GitCommit>> CommitsMissingFromHead(string reference)
    {
        var result = Git("log", "--format=%x1e%H%x1f%ct%x1f%s", "--name-only", "--end-of-options", $"HEAD..{reference}", "--", ".");
        return result.Ok ? GitAnswer<IReadOnlyList<GitCommit>>.Of(GitLogParser.Commits(result.Output, FromTopLevel)) : Failure<IReadOnlyList<GitCommit>>(result);
    }

    // Exit 0: a clean merge; 1: conflicts, named after the tree's hash (-z: each name ends with NUL); else git failed.
    public GitAnswer<IReadOnlyList<string>> MergeConflicts(string reference)
    {
        var result = Git("merge-tree", "--write-tree", "--name-only", "--no-messages", "-z", "HEAD", reference);
        if (result.ExitCode is not (0 or 1) || result.Output.Length == 0)
        {
            return Failure<IReadOnlyList<string>>(result);
        }
        var names = result.Output.Split('\0', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(FromTopLevel).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        return GitAnswer<IReadOnlyList<string>>.Of(names);
    }

    public GitAnswer<IReadOnlyList<GitWorktree>> Worktrees()
    {
        var result = Git("worktree", "list", "--porcelain");
        return result.Ok ? GitAnswer<IReadOnlyList<GitWorktree>>.Of(GitWorktreeParser.Worktrees(result.Output)) : Failure<IReadOnlyList<GitWorktree>>(result);
    }

    public GitAnswer<IReadOnlyList<GitBranch>> Branches()
    {
        var result = Git("for-each-ref", "--format=%(refname)%00%(objectname)%00%(committerdate:unix)", "refs/heads", "refs/remotes");
        return result.Ok ? GitAnswer<IReadOnlyList<GitBranch>>.Of(GitWorktreeParser.Branches(result.Output)) : Failure<IReadOnlyList<GitBranch>>(result);
    }

    public GitAnswer<GitDivergence> Divergence(string baseRef, string reference)
    {
        var result = Git("log", "--left-right", "--format=%x1e%m%H%x1f%ct%x1f%s", "--name-only", "--end-of-options", $"{baseRef}...{reference}", "--", ".");
        return result.Ok ? GitAnswer<GitDivergence>.Of(GitWorktreeParser.Divergence(result.Output, FromTopLevel)) : Failure<GitDivergence>(result);
    }

    // No pathspec: the walk from each tip to the base needs every commit's parents; files outside the repo drop out in the parse.
    public GitAnswer<IReadOnlyList<GitGraphCommit>> CommitsBeyond(string baseCommit, IReadOnlyList<string> references)
    {
        if (references.Count == 0)
        {
            return GitAnswer<IReadOnlyList<GitGraphCommit>>.Of([]);
        }
        var result = Git(["log", "--format=%x1e%H %P%x1f%ct%x1f%s", "--name-only", "--end-of-options", .. references, "^" + baseCommit, "--"]);
        return result.Ok
            ? GitAnswer<IReadOnlyList<GitGraphCommit>>.Of(GitWorktreeParser.GraphCommits(result.Output, FromTopLevel))
            : Failure<IReadOnlyList<GitGraphCommit>>(result);
    }

    public GitAnswer<string> AddWorktree(string path, string branch, string? startPoint) =>
        Trimmed(startPoint is null
            ? Git("worktree", "add", "--quiet", "--end-of-options", path, branch)
            : Git("worktree", "add", "--quiet", "-b", branch, "--end-of-options", path, startPoint));

    public GitAnswer<string> RemoveWorktree(string path, bool force) =>
        Trimmed(force ? Git("worktree", "remove", "--force", "--end-of-options", path) : Git("worktree", "remove", "--end-of-options", path));

    // Literal pathspecs: a file name holding '*' or '[' names that file alone.
    private static readonly Dictionary<string, string> LiteralPaths = new() { ["GIT_LITERAL_PATHSPECS"] = "1" };

    public IReadOnlyList<string>? TrackedFiles(IReadOnlyList<string> paths)
    {
        if (paths.Count == 0)
        {
            return [];
        }
        var result = Run(RepoRoot, LiteralPaths, ["ls-files", "-z", "--cached", "--", .. paths]);
        return result.Ok ? result.Output.Split('\0', StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal).ToList() : null;
    }

    public GitAnswer<string> Move(IReadOnlyList<string> sources, string folder) =>
        Trimmed(Run(RepoRoot, LiteralPaths, ["mv", "--", .. sources, folder]));

    private GitAnswer<IReadOnlyList<GitDiffEntry>> NameStatus(GitResult result) =>
        result.Ok ? GitAnswer<IReadOnlyList<GitDiffEntry>>.Of(GitLogParser.NameStatus(result.Output, FromTopLevel)) : Failure<IReadOnlyList<GitDiffEntry>>(result);

    private static GitAnswer<string> Trimmed(GitResult result) =>
        result.Ok ? GitAnswer<string>.Of(result.Output.Trim()) : Failure<string>(result);

    private static GitAnswer<T> Failure<T>(GitResult result) where T : class =>
        GitAnswer<T>.Failed(result.Error.Trim(), result.NotInstalled);

    internal static GitResult Run(string workingDirectory, params string[] args) =>
        Run(workingDirectory, new Dictionary<string, string>(), args);

    private static GitResult Run(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args) =>
        Run(workingDirectory, environment, replaceEnvironment: false, args);

    private static GitResult Run(string workingDirectory, IReadOnlyDictionary<string, string> environment, bool replaceEnvironment, string[] args)
    {
        var info = new ProcessStartInfo("git")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }
        if (replaceEnvironment)
        {
            info.Environment.Clear();
        }
        // Paths come back as UTF-8 text, not octal escapes; no pager, no prompts, no locale surprises.
        info.Environment["GIT_PAGER"] = "cat";
        info.Environment["GIT_TERMINAL_PROMPT"] = "0";
        info.Environment["LC_ALL"] = "C";
        foreach (var (name, value) in environment)
        {
            info.Environment[name] = value;
        }
        info.ArgumentList.Insert(0, "core.quotepath=false");
        info.ArgumentList.Insert(0, "-c");
        try
        {
            using var process = Process.Start(info);
            if (process is null)
            {
                return new GitResult(127, "", "git could not be started", NotInstalled: true);
            }
            process.StandardInput.Close();
            // stderr is read beside stdout (either pipe may fill while git writes the other) on a thread of its own:
            // an async read of a pipe blocks a thread-pool thread for as long as git runs, and on two cores that
            // stalls the command's own parallel reading of its artifacts until git ends.
            var error = Task.Factory.StartNew(() => process.StandardError.ReadToEnd(), CancellationToken.None,
                TaskCreationOptions.LongRunning, TaskScheduler.Default);
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return new GitResult(process.ExitCode, output, error.Result);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return new GitResult(127, "", $"git is not installed or not on PATH ({e.Message})", NotInstalled: true);
        }
    }
}
