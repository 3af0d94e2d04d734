namespace Harness.Cli.Mcp;

/// <summary>
/// Which tool calls may run at once. The server serves one repo, so each lane is one lock for that repo.
/// </summary>
internal enum McpLane
{
    /// <summary>Reads the artifacts and writes nothing: runs at once, beside anything else.</summary>
    Reader,

    /// <summary>
    /// Edits a file in place (the Progress Note, a handoff, the session's git config): one at a time, because two
    /// in-place edits of one file in one process would meet at the file's lock and the second would be refused.
    /// </summary>
    Writer,

    /// <summary>
    /// Runs the user's verify command: one at a time, because two test runs at once fight over ports and build
    /// output. Each run writes an evidence file of its own, so a verify runs beside readers and writers.
    /// </summary>
    Verify,
}

/// <summary>What a client may assume of a tool (the MCP annotations) and the lane its calls run in.</summary>
internal sealed record McpToolTraits(string Title, bool ReadOnly, bool Destructive, bool Idempotent, bool OpenWorld, McpLane Lane)
{
    /// <summary>
    /// Every tool's traits, in one place. Read-only tools only read artifacts and git; the writers change harness's
    /// own artifacts by adding to them (a note or a handoff twice is two entries, so not idempotent); verify runs the
    /// command the artifacts name, which may reach anything (open world). restart is read-only as a prompt; its
    /// `verify` argument runs verify first and then takes the verify lane.
    /// </summary>
    private static readonly IReadOnlyDictionary<string, McpToolTraits> Table = new Dictionary<string, McpToolTraits>
    {
        ["start"] = new("Start a session as a task's agent", ReadOnly: false, Destructive: false, Idempotent: true, OpenWorld: false, McpLane.Writer),
        ["restart"] = new("Restart prompt for a task", ReadOnly: true, Destructive: false, Idempotent: true, OpenWorld: false, McpLane.Reader),
        ["lint"] = new("Lint the artifacts", ReadOnly: true, Destructive: false, Idempotent: true, OpenWorld: false, McpLane.Reader),
        ["status"] = new("Status of a task", ReadOnly: true, Destructive: false, Idempotent: true, OpenWorld: false, McpLane.Reader),
        ["assess"] = new("Assess whether to split a task across agents", ReadOnly: true, Destructive: false, Idempotent: true, OpenWorld: false, McpLane.Reader),
        ["order"] = new("Merge order of a task's tracks", ReadOnly: true, Destructive: false, Idempotent: true, OpenWorld: false, McpLane.Reader),
        ["guard"] = new("Check changed files against ownership", ReadOnly: true, Destructive: false, Idempotent: true, OpenWorld: false, McpLane.Reader),
        ["verify"] = new("Run the verify command and record evidence", ReadOnly: false, Destructive: false, Idempotent: false, OpenWorld: true, McpLane.Verify),
        ["note"] = new("Update the Progress Note", ReadOnly: false, Destructive: false, Idempotent: false, OpenWorld: false, McpLane.Writer),
        ["handoff"] = new("Write a handoff for the next owner", ReadOnly: false, Destructive: false, Idempotent: false, OpenWorld: false, McpLane.Writer),
    };

    /// <summary>The traits of an exposed tool; a tool missing from the table fails loudly when tools are listed.</summary>
    public static McpToolTraits Of(string tool) =>
        Table.TryGetValue(tool, out var traits)
            ? traits
            : throw new InvalidOperationException($"the MCP tool {tool} has no traits in {nameof(McpToolTraits)}; add its annotations and lane");
}
