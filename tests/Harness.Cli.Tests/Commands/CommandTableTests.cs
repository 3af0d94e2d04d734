using System.CommandLine;

namespace Harness.Cli.Tests.Commands;

/// <summary>
/// A run builds only the command its first argument names (HarnessApp.NamedCommand); these hold that the table it
/// picks from names each command as the command names itself, and that such a run parses as the whole tree does.
/// </summary>
public sealed class CommandTableTests
{
    private static CliContext Context() => new(TextWriter.Null, TextWriter.Null, Path.GetTempPath(), outputIsTerminal: false);

    [Test]
    public void Each_command_is_listed_under_the_name_it_is_created_with_in_the_order_of_the_tree()
    {
        var created = HarnessApp.Commands.Select(c => (c.Name, Created: c.Create(Context()).Name)).ToList();

        created.Should().OnlyContain(c => c.Name == c.Created);
        HarnessApp.CommandTree().Subcommands.Select(c => c.Name).Should().Equal(HarnessApp.Commands.Select(c => c.Name));
    }

    [TestCase(new[] { "restart", "FEATURE-002", "--track", "B" }, "restart")]
    [TestCase(new[] { "lint", "--format", "json" }, "lint")]
    [TestCase(new[] { "--help" }, null)]
    [TestCase(new[] { "--verbose", "status" }, null)]
    [TestCase(new[] { "frobnicate" }, null)]
    [TestCase(new string[0], null)]
    public void Only_a_command_named_first_narrows_the_tree(string[] args, string? expected)
    {
        HarnessApp.NamedCommand(args).Should().Be(expected);
    }

    [TestCase("restart", "FEATURE-002", "extra", "--nope")]
    [TestCase("guard", "FEATURE-002", "--files", "a", "--staged")]
    [TestCase("status", "lint")]
    [TestCase("order")]
    public void A_command_alone_under_the_root_parses_as_in_the_whole_tree(params string[] args)
    {
        var whole = HarnessApp.CommandTree().Parse(args);
        var alone = new RootCommand();
        alone.Subcommands.Add(HarnessApp.Commands.Single(c => c.Name == args[0]).Create(Context()));

        var narrowed = alone.Parse(args);

        narrowed.Errors.Select(e => e.Message).Should().Equal(whole.Errors.Select(e => e.Message));
        narrowed.CommandResult.Command.Name.Should().Be(whole.CommandResult.Command.Name);
        narrowed.UnmatchedTokens.Should().Equal(whole.UnmatchedTokens);
    }
}
