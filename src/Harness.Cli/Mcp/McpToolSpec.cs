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
/// One argument of an MCP tool and the command-line option it becomes. `id` is the task id everywhere and is
/// passed as the command's positional argument; every other argument maps to one `--option`.
/// </summary>
internal sealed record McpArgument(string Name, McpArgumentType Type, string Description, string? Option, bool Required = false)
{
    public static McpArgument TaskId(bool required = true) =>
        new("id", McpArgumentType.String, "The task id, such as FEATURE-002", Option: null, required);
}

/// <summary>An MCP tool that runs one harness command with the arguments it was given.</summary>
internal sealed record McpToolSpec(string Name, string Description, string[] Command, IReadOnlyList<McpArgument> Arguments)
{
    public McpArgument? Find(string name) => Arguments.FirstOrDefault(a => a.Name == name);
}
