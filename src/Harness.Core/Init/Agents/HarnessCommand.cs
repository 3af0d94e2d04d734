using System.Text.Json;
using System.Text.RegularExpressions;
using Harness.Core.Model.CommandLine;
using Harness.Core.Model.Text;

namespace Harness.Core.Init.Agents;

/// <summary>Where the command that agents' hooks and MCP registrations run was taken from.</summary>
public enum HarnessCommandSource
{
    /// <summary>Given by the user with --command.</summary>
    Given,

    /// <summary>A local tool manifest in the repo lists the harness tool: `dotnet tool run harness`.</summary>
    ToolManifest,

    /// <summary>Nothing says otherwise: `harness` on PATH.</summary>
    Path,
}

/// <summary>
/// The command that runs harness from an agent's hook or MCP registration, decided from facts: what the user gave,
/// else a local tool manifest in the repo that lists harness (`dotnet tool run harness` works where `harness` is
/// not on PATH), else `harness`. Its words are plain (no quotes, no shell syntax), so the same words serve a
/// hook's shell line and an MCP server's command and argument list.
/// </summary>
public sealed partial class HarnessCommand
{
    public const string OnPath = "harness";
    public const string LocalTool = "dotnet tool run harness";

    /// <summary>The files dotnet reads a local tool manifest from, at the repo root.</summary>
    public static readonly string[] ManifestPaths = [".config/dotnet-tools.json", "dotnet-tools.json"];

    private HarnessCommand(IReadOnlyList<string> words, HarnessCommandSource source, string? manifest)
    {
        Words = words;
        Source = source;
        Manifest = manifest;
    }

    /// <summary>The command's words: the program first, then its arguments.</summary>
    public IReadOnlyList<string> Words { get; }

    public HarnessCommandSource Source { get; }

    /// <summary>The manifest that listed harness, for <see cref="HarnessCommandSource.ToolManifest"/>.</summary>
    public string? Manifest { get; }

    public string Text => string.Join(' ', Words);

    /// <summary>A harness command line: this command, then harness's own arguments.</summary>
    public string Line(string harnessArguments) => $"{Text} {harnessArguments}";

    /// <summary>
    /// What the session-start hook runs: the current task's prompt within the agent's budget, never failing closed;
    /// with <paramref name="repo"/> (shell text, expanded by the client's shell) when the client names its project.
    /// </summary>
    public string SessionStart(int budget, string? repo = null) =>
        Line(CommandWords.RestartCurrentAllowingIncompleteArguments(budget) + (repo is null ? "" : $" {CommandWords.Repo} {repo}"));

    /// <summary>The command, the user's one when given (checked), else the repo's local tool, else harness on PATH.</summary>
    public static HarnessCommand Decide(string repoRoot, string? given)
    {
        if (given is not null)
        {
            return new HarnessCommand(Parse(given), HarnessCommandSource.Given, null);
        }
        var manifest = ManifestPaths.FirstOrDefault(path => ListsHarness(repoRoot, path));
        return manifest is null
            ? new HarnessCommand([OnPath], HarnessCommandSource.Path, null)
            : new HarnessCommand(LocalTool.Split(' '), HarnessCommandSource.ToolManifest, manifest);
    }

    /// <summary>
    /// The words of a command the user gave: plain words a shell passes as they are (so the hook line and the MCP
    /// argument list mean the same), one of which names harness.
    /// </summary>
    private static string[] Parse(string given)
    {
        var words = given.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            throw new HarnessInputException($"{CommandWords.Command}: is empty; give the command that runs harness, such as \"{LocalTool}\" or \"dnx HarnessCli\"");
        }
        if (words.FirstOrDefault(word => !PlainWord().IsMatch(word)) is { } odd)
        {
            throw new HarnessInputException($"{CommandWords.Command}: '{odd}' holds a character a shell would read (quotes, $, ;, |, & and the like); " +
                "give plain words, such as \"dotnet tool run harness\" or \"dnx HarnessCli\"");
        }
        if (!words.Any(word => word.Contains("harness", StringComparison.OrdinalIgnoreCase)))
        {
            throw new HarnessInputException($"{CommandWords.Command}: '{given}' names no harness; give the command that runs harness, such as \"{LocalTool}\" or \"dnx HarnessCli\"");
        }
        return words;
    }

    /// <summary>
    /// True when the manifest lists a tool whose commands include `harness`. A manifest that does not parse lists
    /// nothing harness can rely on; dotnet itself refuses it, so `harness` on PATH is the better guess.
    /// </summary>
    private static bool ListsHarness(string repoRoot, string relativePath)
    {
        if (RepoPathGuard.Refusal(repoRoot, relativePath) is not null || !File.Exists(Path.Combine(repoRoot, relativePath)))
        {
            return false;
        }
        try
        {
            using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(repoRoot, relativePath)),
                new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            return manifest.RootElement.ValueKind == JsonValueKind.Object
                && manifest.RootElement.TryGetProperty("tools", out var tools) && tools.ValueKind == JsonValueKind.Object
                && tools.EnumerateObject().Any(tool => tool.Value.ValueKind == JsonValueKind.Object
                    && tool.Value.TryGetProperty("commands", out var commands) && commands.ValueKind == JsonValueKind.Array
                    && commands.EnumerateArray().Any(command => command.ValueKind == JsonValueKind.String && command.GetString() == OnPath));
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    [GeneratedRegex(@"^[A-Za-z0-9@%+=:,./_~-]+$")]
    private static partial Regex PlainWord();
}
