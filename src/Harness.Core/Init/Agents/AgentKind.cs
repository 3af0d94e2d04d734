using Harness.Core.Model.CommandLine;

namespace Harness.Core.Init.Agents;

/// <summary>The coding agents `harness init --agent` knows how to set up.</summary>
public enum AgentKind
{
    /// <summary>Claude Code: CLAUDE.md, a SessionStart hook in .claude/settings.json, .mcp.json.</summary>
    Claude,

    /// <summary>OpenAI Codex CLI: AGENTS.md, the MCP server in .codex/config.toml, a SessionStart hook in .codex/hooks.json.</summary>
    Codex,

    /// <summary>Any agent that reads AGENTS.md and a project .mcp.json.</summary>
    Generic,
}

public static class AgentKinds
{
    public static readonly string[] Names = ["claude", "codex", "generic"];

    public static AgentKind Parse(string name) => name.ToLowerInvariant() switch
    {
        "claude" => AgentKind.Claude,
        "codex" => AgentKind.Codex,
        "generic" => AgentKind.Generic,
        _ => throw new HarnessInputException($"{CommandWords.Agent}: unknown agent '{name}'; use one of {string.Join(", ", Names)}"),
    };
}
