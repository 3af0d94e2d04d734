namespace Harness.Cli.Mcp;

/// <summary>
/// The tools `harness mcp` offers: each one is a harness command, so an agent gets the same behaviour, the
/// same findings and the same error messages as a person at the command line.
/// </summary>
internal static class McpToolCatalog
{
    private static readonly McpArgument Track = new("track", McpArgumentType.String, "The track id, such as A", "--track");

    public static readonly IReadOnlyList<McpToolSpec> Tools =
    [
        new("restart",
            "The restart prompt of a task, assembled from its primary artifacts (plan, feature list, owned files and merge order, Progress Note, latest verify, open questions), or the list of what is missing (exit code 3). Read it at the start of a session.",
            ["restart"],
            [
                McpArgument.TaskId(required: false),
                new("current", McpArgumentType.Boolean, "Pick the in-progress task with the newest Progress Note (instead of id)", "--current"),
                Track,
                new("as", McpArgumentType.String, "The role the agent takes, such as planner, coder, reviewer or verifier", "--as"),
                new("allowIncomplete", McpArgumentType.Boolean, "Render the prompt even when inputs are missing, marked MISSING", "--allow-incomplete"),
                new("verify", McpArgumentType.Boolean, "Run the track's verify command first, so the prompt carries a current result", "--verify"),
                new("format", McpArgumentType.String, "markdown (default) or json", "--format"),
            ]),
        new("lint",
            "Check the repo's harness artifacts; each finding has a rule id, severity, file, line and column.",
            ["lint"],
            [
                new("format", McpArgumentType.String, "text (default) or json", "--format"),
                new("severityThreshold", McpArgumentType.String, "error (default), warning or info: the lowest severity that fails", "--severity-threshold"),
            ]),
        new("status",
            "Every task, or one task's tracks: status, owner, dependencies, verify state, the Progress Note's age and Next Step.",
            ["status"],
            [McpArgument.TaskId(required: false), new("format", McpArgumentType.String, "text (default) or json", "--format")]),
        new("assess",
            "Whether to split a task across agents: single-agent, multi-agent (with the tracks that may run in parallel now) or stop (exit code 1), with each criterion, its file and line.",
            ["assess"],
            [McpArgument.TaskId(), new("format", McpArgumentType.String, "text (default) or json", "--format")]),
        new("order",
            "The merge order of a feature (phases and dependencies), or with check whether a track may merge now.",
            ["order"],
            [
                McpArgument.TaskId(),
                new("check", McpArgumentType.String, "A track id: exit code 1 when something that must merge before it is not done", "--check"),
                new("format", McpArgumentType.String, "text (default), json or mermaid", "--format"),
            ]),
        new("guard",
            "Check the files a track changed against the files it owns, the shared-file rule and the free files.",
            ["guard"],
            [
                McpArgument.TaskId(),
                Track with { Required = true },
                new("base", McpArgumentType.String, "Check the commits since the merge base with this ref", "--base"),
                new("staged", McpArgumentType.Boolean, "Check the staged changes", "--staged"),
                new("files", McpArgumentType.StringList, "Check these repo-relative paths", "--files"),
                new("format", McpArgumentType.String, "text (default) or json", "--format"),
            ]),
        new("verify",
            "Run the verify command of a track (or all tracks) and record the evidence; the output's tail is returned.",
            ["verify"],
            [
                McpArgument.TaskId(),
                Track,
                new("all", McpArgumentType.Boolean, "Run the verify command of every track", "--all"),
                new("timeout", McpArgumentType.Integer, "Seconds before the command is stopped", "--timeout"),
            ]),
        new("note",
            "Update the task's Progress Note in place; what is not named stays as it was. Run it before you stop.",
            ["note"],
            [
                McpArgument.TaskId(),
                new("status", McpArgumentType.String, "Replace the Status: in-progress, blocked, ready-for-handoff, done or needs-human-approval", "--status"),
                new("goal", McpArgumentType.String, "Replace the Current Goal", "--goal"),
                new("completed", McpArgumentType.StringList, "Add to Completed", "--completed"),
                new("decided", McpArgumentType.StringList, "Add to Decisions", "--decided"),
                new("question", McpArgumentType.StringList, "Add to Open Questions", "--question"),
                new("next", McpArgumentType.String, "Replace the Next Step (exactly one step)", "--next"),
                new("changedReset", McpArgumentType.Boolean, "Replace Changed Files with what git shows now, instead of adding to it", "--changed-reset"),
            ]),
        new("handoff",
            "Write a handoff for a track, pre-filled from the artifacts, git and the evidence, for the next owner.",
            ["handoff"],
            [
                McpArgument.TaskId(),
                Track with { Required = true },
                new("to", McpArgumentType.String, "The next owner", "--to", Required: true),
                new("status", McpArgumentType.String, "done, partial or blocked", "--status"),
            ]),
    ];

    /// <summary>Arguments every tool takes for paging its text result.</summary>
    public static readonly IReadOnlyList<McpArgument> Paging =
    [
        new("offset", McpArgumentType.Integer, "The first character of the result to return (default 0)", Option: null),
        new("limit", McpArgumentType.Integer, $"At most this many characters (default {McpToolRunner.DefaultLimit})", Option: null),
    ];

    public static McpToolSpec? Find(string name) => Tools.FirstOrDefault(t => t.Name == name);
}
