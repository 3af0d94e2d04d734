namespace Harness.Cli.Mcp;

/// <summary>The JSON type of one tool argument, as its schema declares it.</summary>
internal enum McpArgumentType
{
    String,
    Integer,
    Boolean,
    StringList,
}

/// <summary>
/// One argument of an MCP tool and the command-line token it becomes: an `--option`, or the command's
/// positional argument when <see cref="Option"/> is null. <see cref="AllowedValues"/> is empty when any value
/// goes; <see cref="Default"/> is the value the command uses when the argument is left out, if it has one.
/// </summary>
internal sealed record McpArgument(
    string Name,
    McpArgumentType Type,
    string Description,
    string? Option,
    bool Required = false,
    IReadOnlyList<string>? AllowedValues = null,
    object? Default = null)
{
    public IReadOnlyList<string> AllowedValues { get; init; } = AllowedValues ?? [];
}

/// <summary>An MCP tool that runs one harness command with the arguments it was given.</summary>
internal sealed record McpToolSpec(string Name, string Description, string[] Command, IReadOnlyList<McpArgument> Arguments)
{
    public McpArgument? Find(string name) => Arguments.FirstOrDefault(a => a.Name == name);
}
