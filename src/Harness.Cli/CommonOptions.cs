using System.CommandLine;

namespace Harness.Cli;

/// <summary>Options every command shares; each command gets its own instance.</summary>
internal static class CommonOptions
{
    public static Option<string?> Repo() => new("--repo")
    {
        Description = "The repo folder (default: the current folder)",
        HelpName = "DIR",
    };

    public static Argument<string> TaskId() => new("ID")
    {
        Description = "The task id, such as FEATURE-002",
    };

    /// <summary>An option that takes one of <paramref name="values"/>, checked by the parser (a usage error otherwise).</summary>
    public static Option<string> Choice(string name, string description, string defaultValue, params string[] values)
    {
        var option = new Option<string>(name)
        {
            Description = description,
            DefaultValueFactory = _ => defaultValue,
            HelpName = string.Join("|", values),
        };
        option.AcceptOnlyFromAmong(values);
        return option;
    }
}
