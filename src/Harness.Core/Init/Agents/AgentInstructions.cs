using Harness.Core.Model.CommandLine;

namespace Harness.Core.Init.Agents;

/// <summary>
/// The section harness adds to an agent's instruction file (CLAUDE.md or AGENTS.md). The markers let a second
/// run find it and leave it alone, whatever the user has since written around or inside it.
/// </summary>
public static class AgentInstructions
{
    public const string BeginMarker = "<!-- harness:begin -->";
    public const string EndMarker = "<!-- harness:end -->";

    public static string Section(string newline) => string.Join(newline,
        BeginMarker,
        "## Long-running tasks (harness)",
        "",
        "This repo keeps the state of long-running tasks in harness artifacts (docs/harness/ and tasks/).",
        "",
        $"- At the beginning of your work, say who you are: `{CommandWords.Start("ID", "T")}` (or `{CommandWords.Start("ID")} {CommandWords.Role} reviewer`",
        $"  when your role owns one track; the planner runs `{CommandWords.Start("ID")} {CommandWords.Role} planner`). harness keeps it in this work",
        "  tree's git config, so restart, guard, note, handoff and the hooks know your task, track and role without flags.",
        "- At the start of a session, resume from the primary artifacts, never from a summary alone: run",
        $"  `harness restart {CommandWords.Current}` and follow the prompt it prints. If it",
        "  refuses (exit 3), fix what it lists before you change any code. If it calls you the planner and you are not,",
        $"  run `{CommandWords.Start("ID", "T")}` and restart.",
        "- Change only the files your track owns; `harness guard` checks your diff.",
        $"- Before you stop: run `{CommandWords.Verify("ID", "T")}` to record verify evidence, then",
        $"  `harness note ID {CommandWords.Completed} \"...\" {CommandWords.Next} \"...\"` so the Progress Note says where you are and what",
        $"  comes next (one step), and `harness handoff ID {CommandWords.Track} T {CommandWords.To} OWNER` when the track changes hands.",
        "- `harness lint` must report no error before you stop.",
        EndMarker,
        "");
}
