using System.Text.Json;
using Harness.Cli.Tests.Support;

namespace Harness.Cli.Tests.Agents;

/// <summary>The command the hooks and MCP registrations run: given with --command, else the repo's local tool, else harness.</summary>
public sealed class AgentCommandTests
{
    private const string Manifest = """
        {
          "version": 1,
          "isRoot": true,
          "tools": {
            "harnesscli": { "version": "1.0.0", "commands": [ "harness" ], "rollForward": false }
          }
        }
        """;

    [Test]
    public void A_local_tool_manifest_listing_harness_makes_every_registration_run_dotnet_tool_run_harness()
    {
        using var repo = TempRepo.Git();
        repo.Write(".config/dotnet-tools.json", Manifest);

        var claude = repo.Harness("init", "--agent", "claude");
        var codex = repo.Harness("init", "--agent", "codex");

        claude.ExitCode.Should().Be(0, claude.ToString());
        claude.Output.Should().Contain("agent command: dotnet tool run harness (.config/dotnet-tools.json lists the harness tool)");
        HookCommand(repo, ".claude/settings.json").Should().Be("dotnet tool run harness restart --current --allow-incomplete --max-chars 9500 --repo \"$CLAUDE_PROJECT_DIR\"");
        using (var mcp = JsonDocument.Parse(repo.Read(".mcp.json")))
        {
            var server = mcp.RootElement.GetProperty("mcpServers").GetProperty("harness");
            server.GetProperty("command").GetString().Should().Be("dotnet");
            server.GetProperty("args").EnumerateArray().Select(a => a.GetString()).Should().Equal("tool", "run", "harness", "mcp");
        }
        codex.ExitCode.Should().Be(0, codex.ToString());
        HookCommand(repo, ".codex/hooks.json").Should().Be("dotnet tool run harness restart --current --allow-incomplete --max-chars 5000");
        repo.Read(".codex/config.toml").Should().Be("[mcp_servers.harness]\ncommand = \"dotnet\"\nargs = [\"tool\", \"run\", \"harness\", \"mcp\"]\n");
        TomlCheck.ShouldBeValid(repo.PathOf(".codex/config.toml"));
    }

    [Test]
    public void A_given_command_wins_over_the_manifest_and_is_said_in_the_output()
    {
        using var repo = TempRepo.Git();
        repo.Write(".config/dotnet-tools.json", Manifest);

        var result = repo.Harness("init", "--agent", "generic", "--command", "dnx HarnessCli");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Output.Should().Contain("agent command: dnx HarnessCli (given with --command)");
        using var mcp = JsonDocument.Parse(repo.Read(".mcp.json"));
        var server = mcp.RootElement.GetProperty("mcpServers").GetProperty("harness");
        server.GetProperty("command").GetString().Should().Be("dnx");
        server.GetProperty("args").EnumerateArray().Select(a => a.GetString()).Should().Equal("HarnessCli", "mcp");
    }

    [Test]
    public void Without_a_manifest_or_a_given_command_harness_on_path_is_written_and_the_output_says_how_to_choose_another()
    {
        using var repo = TempRepo.Git();
        repo.Write(".config/dotnet-tools.json", """{ "version": 1, "tools": { "dotnet-ef": { "version": "9.0.0", "commands": [ "dotnet-ef" ] } } }""");

        var result = repo.Harness("init", "--agent", "claude");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Output.Should().Contain("agent command: harness (harness on PATH; for a local tool or dnx give --command \"dotnet tool run harness\" or --command \"dnx HarnessCli\")");
        HookCommand(repo, ".claude/settings.json").Should().Be("harness restart --current --allow-incomplete --max-chars 9500 --repo \"$CLAUDE_PROJECT_DIR\"");
    }

    [TestCase("harness; rm -rf /", "'harness;' holds a character a shell would read (quotes, $, ;, |, & and the like); give plain words, such as \"dotnet tool run harness\" or \"dnx HarnessCli\"")]
    [TestCase("npx something", "'npx something' names no harness; give the command that runs harness, such as \"dotnet tool run harness\" or \"dnx HarnessCli\"")]
    [TestCase("  ", "is empty; give the command that runs harness, such as \"dotnet tool run harness\" or \"dnx HarnessCli\"")]
    public void A_command_that_is_no_plain_harness_command_is_refused_before_anything_is_written(string command, string message)
    {
        using var repo = TempRepo.Git();

        var result = repo.Harness("init", "--agent", "claude", "--command", command);

        result.ExitCode.Should().Be(2, result.ToString());
        result.Error.Trim().Should().Be($"harness: --command: {message}");
        foreach (var path in new[] { "harness.yml", "docs", "tasks", "CLAUDE.md", ".claude", ".mcp.json", ".gitignore" })
        {
            repo.Exists(path).Should().BeFalse(path);
        }
    }

    [Test]
    public void A_command_without_an_agent_is_a_usage_error()
    {
        using var repo = TempRepo.Git();

        var result = repo.Harness("init", "--command", "dnx HarnessCli");

        result.ExitCode.Should().Be(2, result.ToString());
        result.Error.Should().Contain("init --command names what an agent's hook and MCP server run; give it with --agent");
        repo.Exists("harness.yml").Should().BeFalse();
    }

    private static string HookCommand(TempRepo repo, string path)
    {
        using var settings = JsonDocument.Parse(repo.Read(path));
        return settings.RootElement.GetProperty("hooks").GetProperty("SessionStart")[0].GetProperty("hooks")[0].GetProperty("command").GetString()!;
    }
}
