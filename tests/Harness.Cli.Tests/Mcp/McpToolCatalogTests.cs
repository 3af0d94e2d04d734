using System.CommandLine;
using System.CommandLine.Completions;
using System.Text.Json;
using Harness.Cli.Mcp;
using Harness.Cli.Tests.Support;

namespace Harness.Cli.Tests.Mcp;

/// <summary>The MCP tools and the command line are one surface: every option is an argument with the same values, and back.</summary>
public sealed class McpToolCatalogTests
{
    private static readonly string[] Paging = ["offset", "limit"];

    [Test]
    public void Every_command_is_either_a_tool_or_named_as_left_out()
    {
        var commands = HarnessApp.CommandTree().Subcommands.Select(c => c.Name);

        McpToolCatalog.Tools.Select(t => t.Name).Should().Equal(McpToolCatalog.Exposed);
        commands.Except(McpToolCatalog.Exposed).Should().BeEquivalentTo(["init", "new", "mcp", "hooks", "completion", "worktree", "agents", "board", "archive"],
            "a new command is offered over MCP or left out on purpose, never by accident");
    }

    [Test]
    public void Every_option_and_argument_of_an_exposed_command_is_in_its_schema_with_the_same_type_values_and_need()
    {
        foreach (var tool in McpToolCatalog.Tools)
        {
            var command = HarnessApp.CommandTree().Subcommands.Single(c => c.Name == tool.Name);
            var schema = McpToolSchema.For(tool);
            var properties = schema.GetProperty("properties");
            var required = schema.GetProperty("required").EnumerateArray().Select(e => e.GetString()).ToList();
            var expected = new List<string>(Paging);
            foreach (var argument in command.Arguments)
            {
                var name = argument.Name.ToLowerInvariant();
                expected.Add(name);
                var property = Property(properties, tool.Name, name);
                TypeOf(property).Should().Be(JsonTypeOf(argument.ValueType, argument.Arity), $"{tool.Name} {name}");
                required.Contains(name).Should().Be(argument.Arity.MinimumNumberOfValues > 0, $"{tool.Name} {name} required");
                property.GetProperty("description").GetString().Should().Be(argument.Description);
            }
            foreach (var option in command.Options.Where(o => !McpToolCatalog.IsExcluded(o)))
            {
                var name = CamelCase(option.Name);
                expected.Add(name);
                var property = Property(properties, tool.Name, name);
                TypeOf(property).Should().Be(JsonTypeOf(option.ValueType, option.Arity), $"{tool.Name} {option.Name}");
                EnumOf(property).Should().BeEquivalentTo(Completions(option), $"{tool.Name} {option.Name} offers what the shell completes");
                if (JsonTypeOf(option.ValueType, option.Arity) is "string" or "array")
                {
                    TheParserTakesOnly(tool.Name, option, EnumOf(property).ToList());
                }
                required.Contains(name).Should().Be(option.Required, $"{tool.Name} {option.Name} required");
                property.GetProperty("description").GetString().Should().Be(option.Description);
            }
            properties.EnumerateObject().Select(p => p.Name).Should().BeEquivalentTo(expected,
                $"every property of {tool.Name} maps back to an option or argument of the command");
        }
    }

    [Test]
    public void Only_the_listed_options_are_left_out_and_each_list_entry_is_a_real_option()
    {
        var options = McpToolCatalog.Exposed
            .SelectMany(name => HarnessApp.CommandTree().Subcommands.Single(c => c.Name == name).Options)
            .ToList();

        options.Where(McpToolCatalog.IsExcluded).Select(o => o.Name).Distinct()
            .Should().BeEquivalentTo(McpToolCatalog.ExcludedOptions.Keys, "hidden options are left out too, and there are none today");
        McpToolCatalog.Find("restart")!.Find("out").Should().BeNull();
        McpToolCatalog.Tools.Should().AllSatisfy(t => t.Find("repo").Should().BeNull());
    }

    [Test]
    public void The_lint_format_offers_every_format_the_command_line_takes()
    {
        var format = McpToolSchema.For(McpToolCatalog.Find("lint")!).GetProperty("properties").GetProperty("format");

        EnumOf(format).Should().Equal("text", "json", "sarif", "github");
        format.GetProperty("default").GetString().Should().Be("text");
    }

    [Test]
    public void Arguments_become_the_command_line_with_values_glued_to_their_option_and_the_id_after_the_separator()
    {
        var note = McpToolCatalog.Find("note")!;
        var arguments = JsonSerializerArguments("""{"id":"--out=x","completed":["a","b"],"changedReset":true,"next":"n"}""");

        var (args, _, _) = McpToolArguments.ToCommandLine(note, arguments, "/repo");

        args.Should().Equal("note", "--completed=a", "--completed=b", "--changed-reset", "--next=n", "--repo=/repo", "--", "--out=x");
    }

    [Test]
    public void Every_tool_and_its_arguments_are_in_the_agents_guide()
    {
        var guide = File.ReadAllText(Path.Combine(ProjectFiles.Root, "docs/agents.md"));

        foreach (var tool in McpToolCatalog.Tools)
        {
            var row = guide.Split('\n').SingleOrDefault(l => l.StartsWith($"| `{tool.Name}` |", StringComparison.Ordinal));
            row.Should().NotBeNull($"docs/agents.md has a row for the {tool.Name} tool");
            row!.Split('|')[3].Trim().Should().Be(HintsOf(McpToolTraits.Of(tool.Name)), $"the {tool.Name} row says its annotations");
            foreach (var argument in tool.Arguments)
            {
                row.Should().Contain($"`{argument.Name}`", $"the {tool.Name} row names its argument");
            }
        }
    }

    /// <summary>The annotations column of docs/agents.md: the hints that are true, "writes" for a tool that is not read-only.</summary>
    private static string HintsOf(McpToolTraits traits) => string.Join(", ", new[]
    {
        traits.ReadOnly ? "read-only" : "writes",
        traits.Destructive ? "destructive" : null,
        traits.Idempotent ? "idempotent" : null,
        traits.OpenWorld ? "open world" : null,
    }.OfType<string>());

    private static JsonElement Property(JsonElement properties, string tool, string name)
    {
        properties.TryGetProperty(name, out var property).Should().BeTrue($"{tool} has the property {name}");
        return property;
    }

    private static string TypeOf(JsonElement property) => property.GetProperty("type").GetString()!;

    private static IEnumerable<string> EnumOf(JsonElement property)
    {
        var holder = TypeOf(property) == "array" ? property.GetProperty("items") : property;
        return holder.TryGetProperty("enum", out var values) ? values.EnumerateArray().Select(v => v.GetString()!).ToList() : [];
    }

    private static string JsonTypeOf(Type type, ArgumentArity arity)
    {
        if (arity.MaximumNumberOfValues > 1)
        {
            return "array";
        }
        var scalar = Nullable.GetUnderlyingType(type) ?? type;
        return scalar == typeof(bool) ? "boolean" : scalar == typeof(int) ? "integer" : "string";
    }

    private static IEnumerable<string> Completions(Option option) =>
        option.ValueType == typeof(bool) ? [] : option.GetCompletions(CompletionContext.Empty).Select(c => c.Label);

    /// <summary>Asked of the parser itself: a value outside the enum is refused, and each value in it is taken.</summary>
    private static void TheParserTakesOnly(string tool, Option option, List<string> allowed)
    {
        const string Outside = "no-such-value";
        Refuses(tool, option, Outside).Should().Be(allowed.Count > 0, $"{tool} {option.Name} refuses a value only when the schema names its values");
        foreach (var value in allowed)
        {
            Refuses(tool, option, value).Should().BeFalse($"{tool} {option.Name} takes {value}");
        }
    }

    // With a task id where the command takes one: a command's own validators (restart wants an id or --current)
    // would otherwise answer first.
    private static bool Refuses(string tool, Option option, string value)
    {
        var tree = HarnessApp.CommandTree();
        string[] id = tree.Subcommands.Single(c => c.Name == tool).Arguments.Count > 0 ? ["FEATURE-001"] : [];
        return tree.Parse([tool, .. id, $"{option.Name}={value}"]).Errors.Any(e => e.Message.Contains($"'{value}'", StringComparison.Ordinal));
    }

    private static string CamelCase(string option)
    {
        var words = option.TrimStart('-').Split('-');
        return words[0] + string.Concat(words.Skip(1).Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
    }

    private static Dictionary<string, JsonElement> JsonSerializerArguments(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone());
    }
}
