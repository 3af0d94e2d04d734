using System.Collections;

namespace Harness.Core.Model.Git.InProcess;

/// <summary>
/// The environment git would run in, given to the in-process reader (tests pass their own, as git's HOME, without
/// touching the process's). It tells whether a variable changes what git reads, and where the user's config lives.
/// </summary>
public sealed class ProcessEnvironment(IReadOnlyDictionary<string, string> variables)
{
    public IReadOnlyDictionary<string, string> Variables { get; } = variables;

    public static ProcessEnvironment Current()
    {
        var variables = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (DictionaryEntry entry in Environment.GetEnvironmentVariables())
        {
            variables[(string)entry.Key] = (string?)entry.Value ?? "";
        }
        return new ProcessEnvironment(variables);
    }

    public string? Home => Variables.TryGetValue("HOME", out var home) && home.Length > 0 ? home : null;

    /// <summary>$XDG_CONFIG_HOME, else $HOME/.config, as git looks for its user files.</summary>
    public string? ConfigHome() =>
        Variables.TryGetValue("XDG_CONFIG_HOME", out var xdg) && xdg.Length > 0 ? xdg : Home is { } home ? Path.Combine(home, ".config") : null;

    /// <summary>Whether a GIT_ variable may change which repository, index, objects or config git reads (hooks set GIT_INDEX_FILE).</summary>
    public bool RedirectsGit() => Variables.Keys.Any(name => name.StartsWith("GIT_", StringComparison.Ordinal) && !Harmless(name));

    // Prompts, editors, identities, the network (certificates, ssh, http, proxies) and git's own tracing (it logs what
    // git runs, which is how a test sees the processes harness starts): none changes what git reads.
    private static readonly string[] HarmlessPrefixes =
        ["GIT_AUTHOR_", "GIT_COMMITTER_", "GIT_SSL_", "GIT_SSH", "GIT_HTTP_", "GIT_CURL_", "GIT_PROXY_", "GIT_TRACE"];

    private static bool Harmless(string name) =>
        name is "GIT_PAGER" or "GIT_TERMINAL_PROMPT" or "GIT_ASKPASS" or "GIT_EDITOR" or "GIT_SEQUENCE_EDITOR" or "GIT_OPTIONAL_LOCKS"
        || HarmlessPrefixes.Any(prefix => name.StartsWith(prefix, StringComparison.Ordinal));
}
