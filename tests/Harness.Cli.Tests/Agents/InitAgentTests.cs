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
            .GetProperty("command").GetString().Should().Be("harness restart --current --allow-incomplete --max-chars 9500 --repo \"$CLAUDE_PROJECT_DIR\"");
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
        sessionStart[1].GetProperty("hooks")[0].GetProperty("command").GetString().Should().Be("harness restart --current --allow-incomplete --max-chars 9500 --repo \"$CLAUDE_PROJECT_DIR\"");
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
    public void A_hook_line_of_an_older_harness_is_recognised_as_harness_s_own_and_not_added_twice()
    {
        using var repo = TempRepo.Git();
        const string older = "{\n  \"hooks\": {\n    \"SessionStart\": [ { \"hooks\": [ { \"type\": \"command\", \"command\": \"harness restart --current --allow-incomplete --max-chars 9500\" } ] } ]\n  }\n}\n";
        repo.Write(".claude/settings.json", older);

        var result = repo.Harness("init", "--agent", "claude");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Output.Should().Contain("kept .claude/settings.json");
        repo.Read(".claude/settings.json").Should().Be(older);
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
    public void Init_agent_codex_installs_a_session_start_hook_in_codex_hooks_json_within_codex_budget()
    {
        using var repo = TempRepo.Git();

        var result = repo.Harness("init", "--agent", "codex");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Output.Should().Contain("created .codex/hooks.json");
        using var hooks = JsonDocument.Parse(repo.Read(".codex/hooks.json"));
        var entry = hooks.RootElement.GetProperty("hooks").GetProperty("SessionStart")[0];
        entry.GetProperty("matcher").GetString().Should().Be("startup|resume|clear");
        entry.GetProperty("hooks")[0].GetProperty("type").GetString().Should().Be("command");
        entry.GetProperty("hooks")[0].GetProperty("command").GetString().Should().Be("harness restart --current --allow-incomplete --max-chars 5000");
    }

    [Test]
    public void Codex_hooks_json_keeps_the_users_hooks_and_a_harness_hook_is_not_added_twice()
    {
        using var repo = TempRepo.Git();
        const string original = """
            {
              "hooks": {
                "SessionStart": [ { "matcher": "startup", "hooks": [ { "type": "command", "command": "echo おはよう", "timeout": 5 } ] } ],
                "Stop": [ { "hooks": [ { "type": "command", "command": "./scripts/stop.sh" } ] } ]
              }
            }
            """;
        repo.Write(".codex/hooks.json", original);

        var first = repo.Harness("init", "--agent", "codex");
        var afterFirst = repo.Read(".codex/hooks.json");
        var second = repo.Harness("init", "--agent", "codex", "--command", "dotnet tool run harness");

        first.ExitCode.Should().Be(0, first.ToString());
        first.Output.Should().Contain("updated .codex/hooks.json");
        second.Output.Should().Contain("kept .codex/hooks.json");
        repo.Read(".codex/hooks.json").Should().Be(afterFirst);
        using var hooks = JsonDocument.Parse(afterFirst);
        var sessionStart = hooks.RootElement.GetProperty("hooks").GetProperty("SessionStart");
        sessionStart.GetArrayLength().Should().Be(2);
        sessionStart[0].GetProperty("hooks")[0].GetProperty("command").GetString().Should().Be("echo おはよう");
        sessionStart[0].GetProperty("hooks")[0].GetProperty("timeout").GetInt32().Should().Be(5);
        sessionStart[1].GetProperty("hooks")[0].GetProperty("command").GetString().Should().Be("harness restart --current --allow-incomplete --max-chars 5000");
        hooks.RootElement.GetProperty("hooks").GetProperty("Stop")[0].GetProperty("hooks")[0].GetProperty("command").GetString().Should().Be("./scripts/stop.sh");
    }

    [Test]
    public void Codex_hook_runs_a_restart_that_fits_its_budget_in_the_sample_repo()
    {
        using var repo = TempRepo.Sample();
        repo.Harness("init", "--agent", "codex").ExitCode.Should().Be(0);
        using var hooks = JsonDocument.Parse(repo.Read(".codex/hooks.json"));
        var line = hooks.RootElement.GetProperty("hooks").GetProperty("SessionStart")[0].GetProperty("hooks")[0].GetProperty("command").GetString()!;

        var result = repo.Harness(line.Split(' ').Skip(1).ToArray());

        result.ExitCode.Should().Be(0, result.ToString());
        result.Output.Length.Should().BeLessThanOrEqualTo(5000);
        result.Output.Should().Contain("FEATURE-");
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
    public void Settings_that_name_a_key_twice_are_refused_with_both_lines_before_anything_is_written()
    {
        using var repo = TempRepo.Git();
        // Written by hand, CRLF and a BOM: the second "env" would silently win in most JSON readers.
        var settings = "\uFEFF{\r\n  \"env\": { \"LANG\": \"ja_JP.UTF-8\" },\r\n  \"permissions\": { \"allow\": [\"Bash(npm test)\"] },\r\n" +
            "  \"env\": { \"TZ\": \"Asia/Tokyo\" }\r\n}\r\n";
        repo.Write(".claude/settings.json", settings);

        var result = repo.Harness("init", "--agent", "claude");

        result.ExitCode.Should().Be(2, result.ToString());
        result.Error.Trim().Should().Be("harness: .claude/settings.json:4: names the key \"env\" a second time (first on line 2); " +
            "JSON keeps one value a key, so merging would lose one; remove one of them, then run the command again (nothing was written)");
        File.ReadAllBytes(repo.PathOf(".claude/settings.json")).Should().Equal(System.Text.Encoding.UTF8.GetBytes(settings));
        NothingScaffolded(repo);
        repo.Exists("CLAUDE.md").Should().BeFalse();
    }

    [Test]
    public void A_link_to_nothing_at_mcp_json_is_refused_before_anything_is_written()
    {
        using var repo = TempRepo.Git();
        File.CreateSymbolicLink(repo.PathOf(".mcp.json"), "共有設定/mcp.json");

        var result = repo.Harness("init", "--agent", "claude");

        result.ExitCode.Should().Be(2, result.ToString());
        result.Error.Trim().Should().Be("harness: .mcp.json: is a link to 共有設定/mcp.json, which does not exist; " +
            "remove the link or create the file it points to, then run the command again (nothing was written)");
        new FileInfo(repo.PathOf(".mcp.json")).LinkTarget.Should().Be("共有設定/mcp.json");
        NothingScaffolded(repo);
        repo.Exists("CLAUDE.md").Should().BeFalse();
        repo.Exists(".claude/settings.json").Should().BeFalse();
    }

    [Test]
    public void A_settings_file_refused_after_the_docs_would_be_scaffolded_leaves_the_repo_untouched()
    {
        using var repo = TempRepo.Git();
        repo.Write(".claude/settings.json", "{\n  \"hooks\": [\"SessionStart\"]\n}\n");
        repo.Write("CLAUDE.md", "# プロジェクトの約束\n\n- テストを先に書く。\n");

        var result = repo.Harness("init", "--agent", "claude");

        result.ExitCode.Should().Be(2, result.ToString());
        result.Error.Trim().Should().Be("harness: .claude/settings.json: \"hooks\" is not an object; fix it or add the entry by hand");
        NothingScaffolded(repo);
        repo.Read("CLAUDE.md").Should().Be("# プロジェクトの約束\n\n- テストを先に書く。\n");
        repo.Read(".claude/settings.json").Should().Be("{\n  \"hooks\": [\"SessionStart\"]\n}\n");
    }

    [Test]
    public void Claude_settings_with_comments_are_refused_and_nothing_at_all_is_written()
    {
        using var repo = TempRepo.Git();
        const string settings = "{\n  // 自分用\n  \"permissions\": {}\n}\n";
        repo.Write(".claude/settings.json", settings);

        var result = repo.Harness("init", "--agent", "claude");

        result.ExitCode.Should().Be(2, result.ToString());
        result.Error.Should().StartWith("harness: .claude/settings.json:2: is not valid JSON").And.NotContain("   at ");
        repo.Read(".claude/settings.json").Should().Be(settings);
        NothingScaffolded(repo);
        foreach (var path in new[] { "CLAUDE.md", ".mcp.json", ".gitignore" })
        {
            repo.Exists(path).Should().BeFalse(path);
        }
    }

    [Test]
    public void A_broken_codex_config_is_refused_and_nothing_at_all_is_written()
    {
        using var repo = TempRepo.Git();
        repo.Write(".codex/config.toml", "[mcp_servers\n");

        var result = repo.Harness("init", "--agent", "codex");

        result.ExitCode.Should().Be(2, result.ToString());
        result.Error.Should().StartWith("harness: .codex/config.toml:1:").And.Contain("is not valid TOML");
        NothingScaffolded(repo);
        foreach (var path in new[] { "AGENTS.md", ".codex/hooks.json", ".gitignore" })
        {
            repo.Exists(path).Should().BeFalse(path);
        }
    }

    [Test]
    public void A_file_where_the_codex_folder_goes_is_refused_before_anything_is_written()
    {
        using var repo = TempRepo.Git();
        repo.Write(".codex", "not a folder\n");

        var result = repo.Harness("init", "--agent", "codex");

        result.ExitCode.Should().Be(2, result.ToString());
        result.Error.Trim().Should().Be("harness: .codex/config.toml: .codex is a file where harness needs a folder; move it away, then run the command again (nothing was written)");
        NothingScaffolded(repo);
        repo.Exists("AGENTS.md").Should().BeFalse();
    }

    private static void NothingScaffolded(TempRepo repo)
    {
        foreach (var path in new[] { "harness.yml", "docs", "tasks" })
        {
            repo.Exists(path).Should().BeFalse(path);
        }
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
