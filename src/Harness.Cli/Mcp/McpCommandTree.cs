using System.CommandLine;
using System.CommandLine.Completions;

namespace Harness.Cli.Mcp;

/// <summary>
/// Reads an MCP tool off a System.CommandLine command: each option and argument becomes a tool argument with
/// the option's description, type, allowed values, default and whether it is required. Nothing about a tool
/// is written twice, so the tools cannot drift from the command line.
/// </summary>
internal static class McpCommandTree
{
    public static McpToolSpec ToolOf(Command command, Func<Option, bool> isExcluded)
    {
        var arguments = new List<McpArgument>();
        arguments.AddRange(command.Arguments.Select(a => ArgumentOf(command, a)));
        arguments.AddRange(command.Options.Where(o => !isExcluded(o)).Select(o => OptionOf(command, o)));
        return new McpToolSpec(command.Name, command.Description ?? "", [command.Name], arguments);
    }

    /// <summary>
    /// The argument name of an option: its long name in camelCase (`--allow-incomplete` is `allowIncomplete`),
    /// the convention MCP clients have used since the first release.
    /// </summary>
    public static string NameOf(Option option)
    {
        var words = option.Name.TrimStart('-').Split('-', StringSplitOptions.RemoveEmptyEntries);
        return string.Concat(words.Select((word, i) => i == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..]));
    }

    /// <summary>The argument name of a positional: its help name in lower case (`ID` is `id`).</summary>
    public static string NameOf(Argument argument) => argument.Name.ToLowerInvariant();

    private static McpArgument ArgumentOf(Command command, Argument argument) => new(
        NameOf(argument),
        TypeOf(command, argument.Name, argument.ValueType, argument.Arity),
        argument.Description ?? "",
        Option: null,
        Required: argument.Arity.MinimumNumberOfValues > 0,
        // A positional is a task id, whose completions are the repo's tasks of the moment, not a closed list: a
        // task made after the server started would be refused by a client that checks the enum.
        AllowedValues: [],
        Default: DefaultOf(argument.HasDefaultValue ? argument.GetDefaultValue() : null));

    private static McpArgument OptionOf(Command command, Option option) => new(
        NameOf(option),
        TypeOf(command, option.Name, option.ValueType, option.Arity),
        option.Description ?? "",
        option.Name,
        option.Required,
        AllowedValues(option.ValueType, option.CompletionSources),
        DefaultOf(option.HasDefaultValue ? option.GetDefaultValue() : null));

    /// <summary>
    /// An option that takes several values (repeated, or several per token) is an array of strings; otherwise
    /// the value type decides. A type MCP has no name for fails loudly here, so a new option cannot slip
    /// through as the wrong JSON type.
    /// </summary>
    private static McpArgumentType TypeOf(Command command, string name, Type valueType, ArgumentArity arity)
    {
        if (arity.MaximumNumberOfValues > 1)
        {
            return valueType == typeof(string[])
                ? McpArgumentType.StringList
                : throw new InvalidOperationException($"{command.Name} {name}: MCP tools take lists of strings only, not {valueType.Name}");
        }
        var type = Nullable.GetUnderlyingType(valueType) ?? valueType;
        if (type == typeof(bool))
        {
            return McpArgumentType.Boolean;
        }
        if (type == typeof(int))
        {
            return McpArgumentType.Integer;
        }
        return type == typeof(string)
            ? McpArgumentType.String
            : throw new InvalidOperationException($"{command.Name} {name}: MCP tools have no argument type for {type.Name}");
    }

    /// <summary>
    /// The values a text option accepts, from its completion list (which AcceptOnlyFromAmong fills), in the
    /// order the command declares them. A boolean's true/false completions are its type, not a choice.
    /// </summary>
    private static IReadOnlyList<string> AllowedValues(Type valueType, IEnumerable<Func<CompletionContext, IEnumerable<CompletionItem>>> sources) =>
        valueType == typeof(string) || valueType == typeof(string[])
            ? sources.SelectMany(source => source(CompletionContext.Empty)).Select(item => item.Label).Distinct().ToList()
            : [];

    private static object? DefaultOf(object? value) => value is string or int ? value : null;
}
