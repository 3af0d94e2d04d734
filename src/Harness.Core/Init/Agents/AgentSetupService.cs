using Harness.Core.Model.CommandLine;
using Harness.Core.Model.Text;
using Harness.Core.Model.Writing;

namespace Harness.Core.Init.Agents;

/// <summary>
/// Adds to a repo what one coding agent needs to use harness by itself: the instruction section, the
/// session-start hook where the agent has one, and the MCP server registration. Existing files are merged
/// into, never replaced; what was there stays.
/// </summary>
public static class AgentSetupService
{
    /// <summary>
    /// Refuses (input error naming the file) when a file the agent's setup would touch, or a folder above it, is a link
    /// that leaves the repo; init asks this before it writes anything, so a refusal leaves the repo as it was.
    /// </summary>
    public static void CheckPaths(string repoRoot, AgentKind agent)
    {
        foreach (var path in Paths(agent))
        {
            RepoPathGuard.FullPath(Path.GetFullPath(repoRoot), path);
        }
    }

    /// <summary>The files the agent's set-up touches, repo-relative.</summary>
    public static string[] Paths(AgentKind agent) => agent switch
    {
        AgentKind.Claude => ["CLAUDE.md", ClaudeSettings, McpJson],
        AgentKind.Codex => ["AGENTS.md", CodexConfig, CodexHooks],
        _ => ["AGENTS.md", McpJson],
    };

    private const string ClaudeSettings = ".claude/settings.json";
    private const string McpJson = ".mcp.json";
    private const string CodexConfig = ".codex/config.toml";
    private const string CodexHooks = ".codex/hooks.json";

    /// <summary>
    /// Codex's SessionStart sources (developers.openai.com/codex/hooks: the matcher is matched against the session's
    /// source, `startup`, `resume` or `clear`, hooks.json shaped `{"hooks": {"SessionStart": [{"matcher": ...,
    /// "hooks": [{"type": "command", "command": ...}]}]}}`): the restart prompt is wanted at each of them.
    /// </summary>
    private const string CodexSessionSources = "startup|resume|clear";

    public static IReadOnlyList<FileAction> Run(string repoRoot, AgentKind agent, HarnessCommand command) =>
        Prepare(repoRoot, agent, command).Select(file => file.Apply()).ToList();

    /// <summary>
    /// Every file the agent's set-up touches, read, checked and merged in memory: an input error here (a file
    /// that is no valid JSON, a key given twice, a link to nothing) comes before any file is written.
    /// </summary>
    public static IReadOnlyList<PendingFile> Prepare(string repoRoot, AgentKind agent, HarnessCommand command)
    {
        var root = Path.GetFullPath(repoRoot);
        CheckPaths(root, agent);
        var actions = new List<PendingFile>();
        switch (agent)
        {
            case AgentKind.Claude:
                actions.Add(InstructionFile.AddSection(root, "CLAUDE.md"));
                actions.Add(JsonSettingsFile.AddSessionStartHook(root, ClaudeSettings, command.SessionStart(CommandWords.SessionStartBudget, CommandWords.ClaudeProjectDir)));
                actions.Add(JsonSettingsFile.AddMcpServer(root, McpJson, command));
                break;
            case AgentKind.Codex:
                actions.Add(InstructionFile.AddSection(root, "AGENTS.md"));
                actions.Add(TomlConfigFile.AddMcpServer(root, CodexConfig, command));
                actions.Add(JsonSettingsFile.AddSessionStartHook(root, CodexHooks,
                    command.SessionStart(CommandWords.CodexSessionStartBudget), CodexSessionSources));
                break;
            default:
                actions.Add(InstructionFile.AddSection(root, "AGENTS.md"));
                actions.Add(JsonSettingsFile.AddMcpServer(root, McpJson, command));
                break;
        }
        return actions;
    }
}
