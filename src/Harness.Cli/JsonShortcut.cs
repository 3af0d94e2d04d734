using System.CommandLine;
using System.CommandLine.Parsing;

namespace Harness.Cli;

/// <summary>
/// `--json` wherever `--format json` is accepted, as many tools spell it. It is added once over the whole command
/// tree and turned into `--format json` before the command runs, so no command reads two flags for one choice.
/// </summary>
internal static class JsonShortcut
{
    public const string Name = "--json";

    /// <summary>Adds --json to every command whose --format accepts json, with a check that the two do not contradict.</summary>
    public static void AddTo(Command root)
    {
        foreach (var command in root.Subcommands)
        {
            if (command.Options.FirstOrDefault(o => o.Name == "--format") is { } format && AcceptsJson(format))
            {
                var json = new Option<bool>(Name) { Description = "Same as --format json" };
                command.Options.Add(json);
                command.Validators.Add(result =>
                {
                    if (result.GetValue(json) && result.GetResult(format) is { Implicit: false } given
                        && given.Tokens.FirstOrDefault()?.Value is { } value && value != "json")
                    {
                        result.AddError($"{Name} means --format json, and --format says {value}; give one of them");
                    }
                });
            }
            AddTo(command);
        }
    }

    /// <summary>The arguments with --json spelled as --format json, or null when the parse set no --json.</summary>
    public static string[]? Expand(ParseResult parse, IReadOnlyList<string> args)
    {
        if (parse.CommandResult.Command.Options.FirstOrDefault(o => o.Name == Name) is not Option<bool> json || !parse.GetValue(json))
        {
            return null;
        }
        var expanded = new List<string>(args.Count + 2);
        var optionsEnded = false;
        foreach (var arg in args)
        {
            optionsEnded |= arg == "--";
            if (!optionsEnded && arg == Name)
            {
                continue;
            }
            expanded.Add(arg);
        }
        // A --format given beside it says json already (the validator refused any other value).
        if (parse.CommandResult.Command.Options.First(o => o.Name == "--format") is var format && parse.GetResult(format) is { Implicit: false })
        {
            return [.. expanded];
        }
        // Before a "--", so that the format is read as an option, not as an argument.
        var end = expanded.IndexOf("--");
        expanded.InsertRange(end < 0 ? expanded.Count : end, ["--format", "json"]);
        return [.. expanded];
    }

    private static bool AcceptsJson(Option format) =>
        format.HelpName?.Split('|').Contains("json", StringComparer.Ordinal) == true;
}
