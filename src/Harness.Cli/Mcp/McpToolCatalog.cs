using System.CommandLine;

namespace Harness.Cli.Mcp;

/// <summary>
/// The tools `harness mcp` offers: each one is a harness command, read off the command tree HarnessApp
/// parses with, so an agent gets the same options, the same behaviour, the same findings and the same error
/// messages as a person at the command line.
/// </summary>
internal static class McpToolCatalog
{
    /// <summary>
    /// The commands an agent calls while it works on a task, in the order tools/list gives them. `init`,
    /// `new` and `hooks` set a repo up, which a person does once at a shell; `mcp` is the server itself;
    /// `completion` serves a shell; `worktree` makes and removes folders beside the repo, which a person decides.
    /// `agents` is left out until docs/agents.md describes it as a tool.
    /// </summary>
    public static readonly IReadOnlyList<string> Exposed = ["start", "restart", "lint", "status", "assess", "order", "guard", "verify", "note", "handoff"];

    /// <summary>
    /// Options that are no tool argument, and why. Hidden options are left out as well: they are not part of
    /// the surface a client should learn.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> ExcludedOptions = new Dictionary<string, string>
    {
        ["--repo"] = "the server runs every tool in its own repo and passes --repo itself",
        ["--out"] = "a tool returns its result to the agent; a file written on the server's side is a way around the paging",
        [JsonShortcut.Name] = "the tool's format argument says json already; one argument for one choice",
    };

    /// <summary>Arguments every tool takes for paging its text result; they never reach the command.</summary>
    public static readonly IReadOnlyList<McpArgument> Paging =
    [
        new("offset", McpArgumentType.Integer, "The first character of the result to return (default 0)", Option: null),
        new("limit", McpArgumentType.Integer, $"At most this many characters (default {McpToolRunner.DefaultLimit})", Option: null),
    ];

    private static readonly Lazy<IReadOnlyList<McpToolSpec>> All = new(Build);

    public static IReadOnlyList<McpToolSpec> Tools => All.Value;

    public static bool IsExcluded(Option option) => option.Hidden || ExcludedOptions.ContainsKey(option.Name);

    public static McpToolSpec? Find(string name) => Tools.FirstOrDefault(t => t.Name == name);

    private static IReadOnlyList<McpToolSpec> Build()
    {
        var commands = HarnessApp.CommandTree().Subcommands;
        return [.. Exposed.Select(name => McpCommandTree.ToolOf(commands.Single(c => c.Name == name), IsExcluded))];
    }
}
