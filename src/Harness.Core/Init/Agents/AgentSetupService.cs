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
        string[] paths = agent switch
        {
            AgentKind.Claude => ["CLAUDE.md", ".claude/settings.json", ".mcp.json"],
            AgentKind.Codex => ["AGENTS.md", ".codex/config.toml"],
            _ => ["AGENTS.md", ".mcp.json"],
        };
        foreach (var path in paths)
        {
            RepoPathGuard.FullPath(Path.GetFullPath(repoRoot), path);
        }
    }

    public static IReadOnlyList<FileAction> Run(string repoRoot, AgentKind agent) =>
        Prepare(repoRoot, agent).Select(file => file.Apply()).ToList();

    /// <summary>
    /// Every file the agent's set-up touches, read, checked and merged in memory: an input error here (a file
    /// that is no valid JSON, a key given twice, a link to nothing) comes before any file is written.
    /// </summary>
    public static IReadOnlyList<PendingFile> Prepare(string repoRoot, AgentKind agent)
    {
        var root = Path.GetFullPath(repoRoot);
        CheckPaths(root, agent);
        var actions = new List<PendingFile>();
        switch (agent)
        {
            case AgentKind.Claude:
                actions.Add(InstructionFile.AddSection(root, "CLAUDE.md"));
                actions.Add(JsonSettingsFile.AddSessionStartHook(root, ".claude/settings.json", AgentInstructions.SessionStartCommand, AgentInstructions.SessionStartMark));
                actions.Add(JsonSettingsFile.AddMcpServer(root, ".mcp.json"));
                break;
            case AgentKind.Codex:
                actions.Add(InstructionFile.AddSection(root, "AGENTS.md"));
                actions.Add(TomlConfigFile.AddMcpServer(root, ".codex/config.toml"));
                break;
            default:
                actions.Add(InstructionFile.AddSection(root, "AGENTS.md"));
                actions.Add(JsonSettingsFile.AddMcpServer(root, ".mcp.json"));
                break;
        }
        return actions;
    }
}
