using System.Text.Json;
using Harness.Cli.Tests.Support;

namespace Harness.Cli.Tests.Agents;

public sealed class InitAgentTests
{
    [Test]
    public void Init_agent_claude_adds_the_instructions_the_session_start_hook_and_the_mcp_server()
    {
        using var repo = TempRepo.Git();

        var result = repo.Harness("init", "--agent", "claude");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Output.Should().Contain("created CLAUDE.md").And.Contain("created .claude/settings.json").And.Contain("created .mcp.json");
        repo.Read("CLAUDE.md").Should().Contain("harness restart --current").And.Contain("harness verify").And.Contain("harness note");
        using var settings = JsonDocument.Parse(repo.Read(".claude/settings.json"));
        settings.RootElement.GetProperty("hooks").GetProperty("SessionStart")[0].GetProperty("hooks")[0]
            .GetProperty("command").GetString().Should().Be("harness restart --current --allow-incomplete");
        using var mcp = JsonDocument.Parse(repo.Read(".mcp.json"));
        mcp.RootElement.GetProperty("mcpServers").GetProperty("harness").GetProperty("args")[0].GetString().Should().Be("mcp");
    }

    [Test]
    public void Init_agent_claude_keeps_every_key_and_hook_of_an_existing_settings_file()
    {
        using var repo = TempRepo.Git();
        const string original = """
            {
              "permissions": { "allow": ["Bash(npm test)"] },
              "hooks": {
                "SessionStart": [ { "matcher": "startup", "hooks": [ { "type": "command", "command": "echo こんにちは" } ] } ],
                "Stop": [ { "hooks": [ { "type": "command", "command": "./scripts/check.sh" } ] } ]
              }
            }
            """;
        repo.Write(".claude/settings.json", original);
        repo.Write("CLAUDE.md", "# Project rules\r\n\r\nUse tabs.\r\n");

        var result = repo.Harness("init", "--agent", "claude");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Output.Should().Contain("updated .claude/settings.json").And.Contain("updated CLAUDE.md");
        using var settings = JsonDocument.Parse(repo.Read(".claude/settings.json"));
        var root = settings.RootElement;
        root.GetProperty("permissions").GetProperty("allow")[0].GetString().Should().Be("Bash(npm test)");
        var sessionStart = root.GetProperty("hooks").GetProperty("SessionStart");
        sessionStart.GetArrayLength().Should().Be(2);
        sessionStart[0].GetProperty("hooks")[0].GetProperty("command").GetString().Should().Be("echo こんにちは");
        sessionStart[1].GetProperty("hooks")[0].GetProperty("command").GetString().Should().Be("harness restart --current --allow-incomplete");
        root.GetProperty("hooks").GetProperty("Stop")[0].GetProperty("hooks")[0].GetProperty("command").GetString().Should().Be("./scripts/check.sh");
        repo.Read(".claude/settings.json").Should().Contain("こんにちは", "non-ASCII text stays readable");
        repo.Read("CLAUDE.md").Should().StartWith("# Project rules\r\n\r\nUse tabs.\r\n\r\n<!-- harness:begin -->\r\n");
    }

    [Test]
    public void A_second_run_keeps_everything_and_adds_nothing_twice()
    {
        using var repo = TempRepo.Git();
        repo.Harness("init", "--agent", "claude");
        var before = new[] { "CLAUDE.md", ".claude/settings.json", ".mcp.json" }.Select(repo.Read).ToList();

        var result = repo.Harness("init", "--agent", "claude");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Output.Should().Contain("kept CLAUDE.md").And.Contain("kept .claude/settings.json").And.Contain("kept .mcp.json");
        new[] { "CLAUDE.md", ".claude/settings.json", ".mcp.json" }.Select(repo.Read).Should().Equal(before);
    }

    [Test]
    public void Init_agent_codex_appends_its_mcp_table_to_an_existing_config_and_writes_agents_md()
    {
        using var repo = TempRepo.Git();
        repo.Write(".codex/config.toml", "# my settings\nmodel = \"o4\"\n");

        var result = repo.Harness("init", "--agent", "codex");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Output.Should().Contain("created AGENTS.md").And.Contain("updated .codex/config.toml");
        repo.Read(".codex/config.toml").Should().Be("# my settings\nmodel = \"o4\"\n\n[mcp_servers.harness]\ncommand = \"harness\"\nargs = [\"mcp\"]\n");
        repo.Read("AGENTS.md").Should().Contain("<!-- harness:begin -->");
    }

    [Test]
    public void Init_agent_generic_writes_agents_md_and_mcp_json()
    {
        using var repo = TempRepo.Git();

        var result = repo.Harness("init", "--agent", "generic");

        result.ExitCode.Should().Be(0, result.ToString());
        repo.Exists("AGENTS.md").Should().BeTrue();
        repo.Exists(".mcp.json").Should().BeTrue();
        repo.Exists(".claude").Should().BeFalse();
    }

    [Test]
    public void Settings_that_are_no_valid_json_are_refused_with_the_line_and_left_as_they_were()
    {
        using var repo = TempRepo.Git();
        repo.Write(".claude/settings.json", "{\n  \"hooks\": {\n    \"SessionStart\": [,]\n  }\n}\n");

        var result = repo.Harness("init", "--agent", "claude");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain(".claude/settings.json:3: is not valid JSON").And.NotContain("   at ");
        repo.Read(".claude/settings.json").Should().Be("{\n  \"hooks\": {\n    \"SessionStart\": [,]\n  }\n}\n");
    }

    [Test]
    public void An_unknown_agent_is_a_usage_error()
    {
        using var repo = TempRepo.Git();

        var result = repo.Harness("init", "--agent", "vim");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("vim");
    }
}
