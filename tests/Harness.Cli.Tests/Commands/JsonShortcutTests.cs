using Harness.Cli.Tests.Support;

namespace Harness.Cli.Tests.Commands;

/// <summary>`--json` is accepted wherever `--format json` is, and means exactly that.</summary>
public sealed class JsonShortcutTests
{
    private static readonly string[][] Commands =
    [
        ["status"],
        ["status", "FEATURE-002"],
        ["lint"],
        ["restart", "FEATURE-002", "--track", "B", "--allow-incomplete"],
        ["assess", "FEATURE-002"],
        ["order", "FEATURE-002"],
        ["guard", "FEATURE-002", "--track", "B", "--files", "app/common.sh"],
        ["start", "FEATURE-002", "--track", "B"],
        ["agents"],
    ];

    [Test]
    public void Every_command_whose_format_takes_json_takes_the_shortcut_and_the_list_above_names_them_all()
    {
        var withJson = HarnessApp.CommandTree().Subcommands
            .Where(c => c.Options.Any(o => o.Name == "--format" && o.HelpName!.Split('|').Contains("json")))
            .Select(c => c.Name);

        withJson.Should().BeEquivalentTo(Commands.Select(c => c[0]).Distinct());
        HarnessApp.CommandTree().Subcommands.Where(c => withJson.Contains(c.Name))
            .Should().AllSatisfy(c => c.Options.Should().Contain(o => o.Name == "--json"));
    }

    [TestCaseSource(nameof(Commands))]
    public void The_shortcut_gives_what_format_json_gives(string[] command)
    {
        using var repo = TempRepo.Sample();

        var shortcut = repo.Harness([.. command, "--json"]);
        var spelled = repo.Harness([.. command, "--format", "json"]);

        shortcut.ExitCode.Should().Be(spelled.ExitCode, shortcut.ToString());
        // Two runs seconds apart: a note's age may differ by the second between them.
        Ageless(shortcut.Output).Should().StartWith("{").And.Be(Ageless(spelled.Output));
    }

    private static string Ageless(string json) =>
        System.Text.RegularExpressions.Regex.Replace(json, "\"ageSeconds\": [0-9]+", "\"ageSeconds\": N");

    [Test]
    public void The_shortcut_beside_another_format_is_a_usage_error_naming_both()
    {
        using var repo = TempRepo.Sample();

        var result = repo.Harness("status", "--json", "--format", "text");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("--json means --format json, and --format says text");
        repo.Harness("status", "--json", "--format", "json").ExitCode.Should().Be(0, "saying it twice is no contradiction");
    }

    [Test]
    public void A_command_with_no_json_output_refuses_the_shortcut()
    {
        using var repo = TempRepo.Sample();

        var result = repo.Harness("note", "FEATURE-002", "--json");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("--json");
    }
}
