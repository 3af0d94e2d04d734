using System.Globalization;
using System.Text.Json;

namespace Harness.Cli.Mcp;

/// <summary>
/// Turns the JSON arguments of a tool call into the command line of its harness command. A wrong argument is
/// the caller's mistake and gets one plain sentence back, as a usage error does at the command line. A value
/// from the client never becomes an option: option values are glued to their option (`--track=VALUE`, one
/// token), and positionals stand after `--`, so `{"id": "--out=/tmp/x"}` is an id, not an output file.
/// </summary>
internal static class McpToolArguments
{
    public static (List<string> Args, int Offset, int Limit) ToCommandLine(McpToolSpec tool, IDictionary<string, JsonElement>? arguments, string repo)
    {
        var args = new List<string>(tool.Command);
        var positionals = new List<string>();
        var options = new List<string>();
        var offset = 0;
        var limit = McpToolRunner.DefaultLimit;
        foreach (var (name, value) in arguments ?? new Dictionary<string, JsonElement>())
        {
            switch (name)
            {
                case "offset":
                    offset = Integer(tool, name, value);
                    continue;
                case "limit":
                    limit = Integer(tool, name, value);
                    continue;
            }
            var argument = tool.Find(name) ?? throw new McpArgumentException(
                $"{tool.Name}: unknown argument '{name}'; it takes {string.Join(", ", tool.Arguments.Select(a => a.Name))}, offset, limit");
            if (argument.Option is null)
            {
                positionals.AddRange(Values(tool, argument, value));
            }
            else if (argument.Type == McpArgumentType.Boolean)
            {
                // A flag stands alone when true and is left out when false, as a person would type it.
                if (Flag(tool, argument, value))
                {
                    options.Add(argument.Option);
                }
            }
            else
            {
                options.AddRange(Values(tool, argument, value).Select(v => argument.Option + "=" + v));
            }
        }
        foreach (var missing in tool.Arguments.Where(a => a.Required && arguments?.ContainsKey(a.Name) != true))
        {
            throw new McpArgumentException($"{tool.Name}: the argument '{missing.Name}' is required");
        }
        args.AddRange(options);
        args.Add("--repo=" + repo);
        args.Add("--");
        args.AddRange(positionals);
        return (args, Math.Max(0, offset), limit <= 0 ? McpToolRunner.DefaultLimit : limit);
    }

    /// <summary>
    /// The command-line values of one argument, checked against its schema: a list is a JSON array (one value per
    /// item, `--completed=a --completed=b`), and a value outside the argument's enum is refused here, before the
    /// command runs, so that a client's mistake never reaches a file.
    /// </summary>
    private static IEnumerable<string> Values(McpToolSpec tool, McpArgument argument, JsonElement value) => argument.Type switch
    {
        McpArgumentType.Boolean => [Flag(tool, argument, value) ? "true" : "false"],
        McpArgumentType.Integer => [Integer(tool, argument.Name, value).ToString(CultureInfo.InvariantCulture)],
        McpArgumentType.StringList => value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray().Select(item => Allowed(tool, argument, Text(tool, argument, item, "an array of strings"))).ToList()
            : throw new McpArgumentException(
                $"{tool.Name}: '{argument.Name}' must be an array of strings, not {KindOf(value)}; give [\"one\", \"two\"]"),
        _ => [Allowed(tool, argument, Text(tool, argument, value, "a string"))],
    };

    private static string Allowed(McpToolSpec tool, McpArgument argument, string value) =>
        argument.AllowedValues.Count == 0 || argument.AllowedValues.Contains(value, StringComparer.Ordinal)
            ? value
            : throw new McpArgumentException(
                $"{tool.Name}: '{argument.Name}' is '{value}'; it takes one of {string.Join(", ", argument.AllowedValues)}");

    private static string KindOf(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        _ => "null",
    };

    private static bool Flag(McpToolSpec tool, McpArgument argument, JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => throw new McpArgumentException($"{tool.Name}: '{argument.Name}' must be true or false, not {KindOf(value)}"),
    };

    /// <param name="expected">What the argument takes, for the message: "a string", or "an array of strings" for an item.</param>
    private static string Text(McpToolSpec tool, McpArgument argument, JsonElement value, string expected) =>
        value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw new McpArgumentException(expected == "a string"
                ? $"{tool.Name}: '{argument.Name}' must be a string, not {KindOf(value)}"
                : $"{tool.Name}: '{argument.Name}' must be {expected}, not an array holding {KindOf(value)}");

    private static int Integer(McpToolSpec tool, string name, JsonElement value) =>
        value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number)
            ? number
            : throw new McpArgumentException($"{tool.Name}: '{name}' must be a whole number, not {KindOf(value)}");
}

/// <summary>A tool call whose arguments do not fit the tool's schema.</summary>
internal sealed class McpArgumentException(string message) : Exception(message);
