namespace Harness.Core.Model.CommandLine;

/// <summary>
/// Every word of harness's command line that Core puts into a message: the flags an input error names, and the
/// commands a fix or a generated file tells the user to run. Core never parses a command line; it only words its
/// advice, and this is the one file to change when a flag or a verb is renamed (the command classes in the Cli
/// define the flags themselves).
/// </summary>
public static class CommandWords
{
    public const string Repo = "--repo";
    public const string Track = "--track";
    public const string Role = "--as";
    public const string Current = "--current";
    public const string AllowIncomplete = "--allow-incomplete";
    public const string Base = "--base";
    public const string Files = "--files";
    public const string Agent = "--agent";
    public const string Title = "--title";
    public const string Status = "--status";
    public const string Goal = "--goal";
    public const string Next = "--next";
    public const string Completed = "--completed";
    public const string Decided = "--decided";
    public const string Question = "--question";
    public const string ChangedReset = "--changed-reset";
    public const string To = "--to";
    public const string Clear = "--clear";
    public const string Command = "--command";
    public const string WorktreePath = "--path";
    public const string Force = "--force";
    public const string All = "--all";

    /// <summary>`harness archive ID`: moves a finished task's artifacts under tasks/archive/ID/.</summary>
    public static string Archive(string taskId) => $"harness archive {taskId}";

    /// <summary>`harness worktree remove ID --track T`: removes a track's work tree (its branch stays).</summary>
    public static string WorktreeRemove(string taskId, string track) => $"harness worktree remove {taskId} {Track} {track}";

    /// <summary>`harness worktree add ID --track T`: a work tree of its own for a track.</summary>
    public static string WorktreeAdd(string taskId, string track) => $"harness worktree add {taskId} {Track} {track}";

    /// <summary>`harness start ID`, with `--track T` when a track is given: sets who the session's agent is.</summary>
    public static string Start(string taskId, string? track = null) =>
        track is null ? $"harness start {taskId}" : $"harness start {taskId} {Track} {track}";

    /// <summary>Forgets the identity `harness start` set.</summary>
    public static string StartClear => $"harness start {Clear}";

    public const string VerifyFirst = "--verify";
    public const string MaxChars = "--max-chars";
    public const string Out = "--out";

    /// <summary>The budget the session-start hook gives the prompt: under the 10,000 characters Claude Code passes to the model whole.</summary>
    public const int SessionStartBudget = 9500;

    /// <summary>
    /// The budget of Codex's session-start hook: Codex keeps hook context whole up to 2,500 tokens and spills the rest
    /// to a file, leaving the model a preview (openai/codex, codex-rs/hooks: "spill hook text once it exceeds a fixed
    /// 2_500-token budget"). 5,000 characters stay under it for English and for Japanese prose under English headings.
    /// </summary>
    public const int CodexSessionStartBudget = 5000;

    /// <summary>`harness verify ID`, with `--track T` for each track given.</summary>
    public static string Verify(string taskId, params IEnumerable<string> tracks) =>
        string.Join(' ', new[] { "harness verify", taskId }.Concat(tracks.Select(track => $"{Track} {track}")));

    public static string Order(string taskId) => $"harness order {taskId}";

    public static string Restart(string taskId) => $"harness restart {taskId}";

    /// <summary>`harness restart ID [--track T] --verify`: the prompt after a fresh verify of the track (or of the brief).</summary>
    public static string RestartVerifying(string taskId, string? track) =>
        track is null ? $"harness restart {taskId} {VerifyFirst}" : $"harness restart {taskId} {Track} {track} {VerifyFirst}";

    /// <summary>`harness restart ID [--track T] [--as ROLE] --out FILE`: the whole prompt, written to a file.</summary>
    public static string RestartToFile(string taskId, string? track, string? role) =>
        $"harness restart {taskId}{(track is null ? "" : $" {Track} {track}")}{(role is null ? "" : $" {Role} {role}")} {Out} FILE";

    /// <summary>
    /// The MCP resource (`harness mcp`) that holds the whole restart prompt of a task (the planner's) or of one of
    /// its tracks: named here beside the command line's words, since a cut prompt names both ways to read it whole.
    /// </summary>
    public static string RestartResource(string taskId, string? track) =>
        RestartResourceScheme + Uri.EscapeDataString(taskId) + (track is null ? "" : "/" + Uri.EscapeDataString(track));

    public const string RestartResourceScheme = "harness://restart/";

    /// <summary>
    /// Where Claude Code's hook finds the project: Claude Code runs hook commands through a shell with
    /// $CLAUDE_PROJECT_DIR set, so the hook works from any folder; an empty variable gives `--repo ""`, the current
    /// folder, found upwards.
    /// </summary>
    public const string ClaudeProjectDir = "\"$CLAUDE_PROJECT_DIR\"";

    /// <summary>What a session-start hook runs after whatever command runs harness: the current task's prompt, never failing closed.</summary>
    public static string RestartCurrentAllowingIncompleteArguments(int budget) => $"restart {Current} {AllowIncomplete} {MaxChars} {budget}";

    /// <summary>The line a pre-commit hook runs, for the harness repo at <paramref name="quotedRepo"/> (shell-quoted).</summary>
    public static string PreCommitHook(string quotedRepo) => $"harness hooks pre-commit {Repo} {quotedRepo} || exit 1";

    public const string Init = "harness init";

    public const string New = "harness new";

    /// <summary>`harness lint`: where a finding about the artifacts is named in full.</summary>
    public const string Lint = "harness lint";
}
