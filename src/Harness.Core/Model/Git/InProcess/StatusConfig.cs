using System.Collections.Concurrent;

namespace Harness.Core.Model.Git.InProcess;

/// <summary>
/// The configuration the in-process status depends on, read once per common dir (work trees of one repository
/// share it: in process where <see cref="GitConfigReader"/> is sure, else with one `git config` call) and kept while the config files git reads stay unchanged. Unsupported when any key
/// asks for something the reader does not model (line-ending conversion, case folding, no exec bit, sparse
/// checkout, an fsmonitor, SHA-256, another ref store...).
/// </summary>
internal sealed class StatusConfig
{
    // Lazy: work trees read in parallel still start one `git config` per common dir.
    private static readonly ConcurrentDictionary<string, Lazy<StatusConfig>> Cache = new(StringComparer.Ordinal);

    private StatusConfig(bool supported, string? excludesFile, bool hasIncludes)
    {
        Supported = supported;
        ExcludesFile = excludesFile;
        HasIncludes = hasIncludes;
    }

    public bool Supported { get; }

    /// <summary>core.excludesFile, already expanded; null when not set.</summary>
    public string? ExcludesFile { get; }

    private bool HasIncludes { get; }

    public static StatusConfig For(GitDirectory repository, string topLevel, ProcessEnvironment environment, Func<GitResult>? readConfig = null)
    {
        var key = Key(repository, environment);
        var config = Cache.GetOrAdd(key, _ => new Lazy<StatusConfig>(() => Read(topLevel, environment, readConfig))).Value;
        // An included file may change unseen by the key, and includeIf may differ per work tree: such a config is
        // read for each status, from this work tree.
        if (config.HasIncludes)
        {
            Cache.TryRemove(key, out _);
            return Read(topLevel, environment, readConfig);
        }
        return config;
    }

    // The keys GitProcessRepository.ReadStatusConfig's regex matches, as the in-process reader takes them.
    private static readonly string[] StatusKeys = ["core.", "extensions.", "include"];

    private static StatusConfig Read(string topLevel, ProcessEnvironment environment, Func<GitResult>? readConfig)
    {
        var result = readConfig?.Invoke() ?? GitConfigReader.Open(topLevel, environment)?.Entries(StatusKeys, showScope: false)
            ?? GitProcessRepository.ReadStatusConfig(topLevel, environment);
        // Exit 1: no key matched, every default holds.
        return result.Ok || (result.ExitCode == 1 && result.Error.Length == 0)
            ? Parse(result.Ok ? result.Output : "", environment)
            : new StatusConfig(false, null, false);
    }

    private static string Key(GitDirectory repository, ProcessEnvironment environment)
    {
        var files = new List<string> { "/etc/gitconfig", Path.Combine(repository.CommonDir, "config") };
        // Work trees share the key unless one has a config of its own (most have none: one `git config` serves all).
        var worktreeConfig = Path.Combine(repository.GitDir, "config.worktree");
        if (FileStat.KindOf(worktreeConfig) != FileKind.Missing)
        {
            files.Add(worktreeConfig);
        }
        if (environment.ConfigHome() is { } configHome)
        {
            files.Add(Path.Combine(configHome, "git", "config"));
        }
        if (environment.Home is { } home)
        {
            files.Add(Path.Combine(home, ".gitconfig"));
        }
        var parts = new List<string> { repository.CommonDir, environment.Home ?? "", environment.ConfigHome() ?? "" };
        foreach (var file in files)
        {
            var stat = FileStat.Of(file);
            parts.Add(stat is { } s ? $"{file}:{s.MtimeSeconds}.{s.MtimeNanoseconds}:{s.CtimeSeconds}.{s.CtimeNanoseconds}:{s.Size}:{s.Inode}" : file + ":-");
        }
        return string.Join('\0', parts);
    }

    /// <summary>Reads `git config -z --get-regexp` output: "key\nvalue\0", or "key\0" for a bare boolean.</summary>
    internal static StatusConfig Parse(string output, ProcessEnvironment environment)
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        var hasIncludes = false;
        foreach (var item in output.Split('\0', StringSplitOptions.RemoveEmptyEntries))
        {
            var newline = item.IndexOf('\n');
            var key = (newline < 0 ? item : item[..newline]).ToLowerInvariant();
            values[key] = newline < 0 ? null : item[(newline + 1)..];
            hasIncludes |= key.StartsWith("include", StringComparison.Ordinal);
        }
        var supported = values.All(pair => Allows(pair.Key, pair.Value));
        string? excludes = null;
        if (supported && values.TryGetValue("core.excludesfile", out var path) && path is not null)
        {
            excludes = ExpandPath(path, environment);
            supported = excludes is not null;
        }
        return new StatusConfig(supported, excludes, hasIncludes);
    }

    private static bool Allows(string key, string? value) => key switch
    {
        "core.autocrlf" or "core.ignorecase" or "core.sparsecheckout" or "core.fsmonitor" or "core.ignorestat"
            or "core.splitindex" or "core.bare" => Boolean(value) == false,
        "core.filemode" or "core.symlinks" or "core.trustctime" => Boolean(value) == true,
        "core.eol" => value is "lf" or "native",
        "core.checkstat" => value == "default",
        "core.attributesfile" or "core.worktree" => false,
        "extensions.objectformat" => value == "sha1",
        "extensions.worktreeconfig" => true,
        _ when key.StartsWith("extensions.", StringComparison.Ordinal) => false,
        _ => true,
    };

    // git's boolean words; a bare key is true, an empty value false. Null: not a boolean git would read the same.
    private static bool? Boolean(string? value) => value?.ToLowerInvariant() switch
    {
        null or "true" or "yes" or "on" or "1" => true,
        "" or "false" or "no" or "off" or "0" => false,
        _ => null,
    };

    private static string? ExpandPath(string path, ProcessEnvironment environment)
    {
        if (path.StartsWith("~/", StringComparison.Ordinal))
        {
            return environment.Home is { } home ? Path.Combine(home, path[2..]) : null;
        }
        return Path.IsPathRooted(path) ? path : null;
    }
}
