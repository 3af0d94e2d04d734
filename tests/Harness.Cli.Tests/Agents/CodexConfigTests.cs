using System.Text;
using Harness.Cli.Tests.Support;

namespace Harness.Cli.Tests.Agents;

/// <summary>`init --agent codex` on .codex/config.toml as users write it: every result is loaded by Python's tomllib and by Tomlyn.</summary>
public sealed class CodexConfigTests
{
    private const string Config = ".codex/config.toml";
    private const string HarnessTable = "[mcp_servers.harness]\ncommand = \"harness\"\nargs = [\"mcp\"]\n";

    [TestCase("[mcp_servers.harness]\ncommand = \"/opt/harness/bin/harness\"\nargs = [\"mcp\"]\n", TestName = "A harness table")]
    [TestCase("[mcp_servers]\n# 自分で登録した\nharness = { command = \"harness\", args = [\"mcp\"] }\n", TestName = "A harness inline table under mcp_servers")]
    [TestCase("model = \"o4\"\nmcp_servers = { harness = { command = \"harness\", args = [\"mcp\"] } }\n", TestName = "An inline mcp_servers holding harness")]
    [TestCase("mcp_servers.harness.command = \"harness\"\nmcp_servers.harness.args = [\"mcp\"]\n", TestName = "Dotted harness keys")]
    [TestCase("[mcp_servers.\"harness\"]\ncommand = \"harness\"\n", TestName = "A quoted harness key")]
    [TestCase("[mcp_servers.harness.env]\nLANG = \"ja_JP.UTF-8\"\n", TestName = "A harness subtable")]
    public void An_existing_harness_server_in_any_form_is_kept_byte_for_byte(string config)
    {
        using var repo = TempRepo.Git();
        repo.Write(Config, config);

        var result = repo.Harness("init", "--agent", "codex");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Output.Should().Contain("kept .codex/config.toml (its mcp_servers.harness server is left as it is)");
        File.ReadAllBytes(repo.PathOf(Config)).Should().Equal(Encoding.UTF8.GetBytes(config));
        TomlCheck.ShouldBeValid(repo.PathOf(Config));
    }

    [Test]
    public void Comments_layout_and_other_servers_stay_and_the_table_is_appended()
    {
        using var repo = TempRepo.Git();
        const string config = "# Codex の設定\nmodel = \"o4\"   # いつもの\n\n[mcp_servers.docs]\ncommand = \"npx\"\nargs = [\n  \"docs-server\",  # 社内\n]\n";
        repo.Write(Config, config);

        var result = repo.Harness("init", "--agent", "codex");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Output.Should().Contain("updated .codex/config.toml");
        repo.Read(Config).Should().Be(config + "\n" + HarnessTable);
        TomlCheck.ShouldBeValid(repo.PathOf(Config));
        TomlCheck.PythonJson(repo.PathOf(Config)).Should().Contain("\"docs\": {\"args\": [\"docs-server\"], \"command\": \"npx\"}")
            .And.Contain("\"harness\": {\"args\": [\"mcp\"], \"command\": \"harness\"}");
    }

    [TestCase("[mcp_servers]\ndocs = { command = \"npx\", args = [\"docs-server\"] }\nmcp_servers_note = 1\n",
        TestName = "Mcp_servers with other servers under one header get the harness table after them")]
    [TestCase("mcp_servers.docs.command = \"npx\"\n", TestName = "Dotted keys of another server get a harness table that stays valid")]
    public void Other_servers_get_the_harness_table_after_them_and_the_file_stays_valid(string config)
    {
        using var repo = TempRepo.Git();
        repo.Write(Config, config);

        var result = repo.Harness("init", "--agent", "codex");

        result.ExitCode.Should().Be(0, result.ToString());
        repo.Read(Config).Should().Be(config + "\n" + HarnessTable);
        TomlCheck.ShouldBeValid(repo.PathOf(Config));
    }

    [Test]
    public void A_crlf_file_without_a_last_line_break_keeps_its_line_ends()
    {
        using var repo = TempRepo.Git();
        const string config = "# 設定\r\nmodel = \"o4\"\r\n[tui]\r\nnotifications = true";
        repo.Write(Config, config);

        var result = repo.Harness("init", "--agent", "codex");

        result.ExitCode.Should().Be(0, result.ToString());
        repo.Read(Config).Should().Be(config + "\r\n\r\n" + HarnessTable.Replace("\n", "\r\n"));
        TomlCheck.ShouldBeValid(repo.PathOf(Config));
    }

    [Test]
    public void A_new_config_is_valid_toml()
    {
        using var repo = TempRepo.Git();

        var result = repo.Harness("init", "--agent", "codex");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Output.Should().Contain("created .codex/config.toml");
        repo.Read(Config).Should().Be(HarnessTable);
        TomlCheck.ShouldBeValid(repo.PathOf(Config));
    }

    [Test]
    public void An_inline_mcp_servers_without_harness_is_refused_with_how_to_add_it_by_hand()
    {
        using var repo = TempRepo.Git();
        const string config = "model = \"o4\"\nmcp_servers = { docs = { command = \"npx\" } }\n";
        repo.Write(Config, config);

        var result = repo.Harness("init", "--agent", "codex");

        result.ExitCode.Should().Be(2, result.ToString());
        result.Error.Trim().Should().Be("harness: .codex/config.toml:2:1: mcp_servers is written on one line (an inline table), and harness " +
            "does not rewrite your line; add harness = { command = \"harness\", args = [\"mcp\"] } to it by hand, then run the command again (nothing was written)");
        repo.Read(Config).Should().Be(config);
        NothingWritten(repo);
    }

    [Test]
    public void A_table_array_of_mcp_servers_is_refused_since_the_table_would_land_in_its_last_entry()
    {
        using var repo = TempRepo.Git();
        const string config = "[[mcp_servers]]\nname = \"docs\"\n";
        repo.Write(Config, config);

        var result = repo.Harness("init", "--agent", "codex");

        result.ExitCode.Should().Be(2, result.ToString());
        result.Error.Trim().Should().Be("harness: .codex/config.toml:1:1: [[mcp_servers]] is an array of tables, where Codex reads one table " +
            "of servers by name; a [mcp_servers.harness] table would land in its last entry, so harness adds nothing; make it " +
            "[mcp_servers.NAME] tables, then run the command again (nothing was written)");
        repo.Read(Config).Should().Be(config);
        NothingWritten(repo);
    }

    [TestCase("model = \"o4\n", 1, TestName = "An unterminated string")]
    [TestCase("# 設定\n[mcp_servers.docs]\ncommand = \"npx\"\n[mcp_servers.docs]\ncommand = \"npx\"\n", 4, TestName = "A table given twice")]
    [TestCase("これは TOML ではありません\n", 1, TestName = "No TOML at all")]
    public void A_file_that_is_not_toml_is_refused_with_its_line_and_nothing_is_written(string config, int line)
    {
        using var repo = TempRepo.Git();
        repo.Write(Config, config);

        var result = repo.Harness("init", "--agent", "codex");

        result.ExitCode.Should().Be(2, result.ToString());
        result.Error.Should().MatchRegex($"^harness: \\.codex/config\\.toml:{line}:\\d+: is not valid TOML \\(.+\\); fix it, then run the command again \\(nothing was written\\)\\s*$");
        repo.Read(Config).Should().Be(config);
        NothingWritten(repo);
    }

    private static void NothingWritten(TempRepo repo)
    {
        foreach (var path in new[] { "harness.yml", "docs", "tasks", "AGENTS.md", ".codex/hooks.json", ".gitignore" })
        {
            repo.Exists(path).Should().BeFalse(path);
        }
    }
}
