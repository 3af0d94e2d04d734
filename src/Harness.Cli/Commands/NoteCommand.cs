using System.CommandLine;
using Harness.Core.Model.Artifacts;
using Harness.Core.Model.Workspaces;
using Harness.Core.Note;

namespace Harness.Cli.Commands;

/// <summary>`harness note ID [--status S] [--goal T] [--completed T]... [--decided T]... [--question T]... [--next T] [--changed-reset]`.</summary>
internal static class NoteCommand
{
    internal sealed record Options(string Repo, NoteRequest Request);

    public static Command Create(CliContext context)
    {
        var id = new Argument<string?>("ID")
        {
            Description = "The task id, such as FEATURE-002 (default: the session's, see `harness start`, else the newest in-progress note's)",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var repo = CommonOptions.Repo();
        var status = new Option<string?>("--status")
        {
            Description = $"Replace the Status ({string.Join(", ", TrackStatusKinds.ProgressNoteStatuses)})",
            HelpName = "S",
        };
        var goal = new Option<string?>("--goal") { Description = "Replace the Current Goal", HelpName = "TEXT" };
        var completed = Repeatable("--completed", "Add an item to Completed (repeat it)");
        var decided = Repeatable("--decided", "Add an item to Decided (repeat it)");
        var question = Repeatable("--question", "Add an item to Open Questions (repeat it)");
        var next = new Option<string?>("--next") { Description = "Replace the Next Step with this one work package", HelpName = "TEXT" };
        var changedReset = new Option<bool>("--changed-reset") { Description = "Replace Changed Files with what git shows now, instead of adding to it" };
        var command = new Command("note", "Update the Progress Note in place; Last Verify and Changed Files gain what the evidence and git newly show, no line is dropped")
        {
            id, status, goal, completed, decided, question, next, changedReset, repo,
        };
        command.SetAction(parse => Run(context, new Options(context.FindRepo(parse.GetValue(repo)), new NoteRequest(
            TaskOf(context, parse.GetValue(repo), parse.GetValue(id)),
            parse.GetValue(status),
            parse.GetValue(goal),
            parse.GetValue(completed) ?? [],
            parse.GetValue(decided) ?? [],
            parse.GetValue(question) ?? [],
            parse.GetValue(next),
            parse.GetValue(changedReset)))));
        return command;
    }

    private static string TaskOf(CliContext context, string? repo, string? id) =>
        id ?? SessionIdentity.Resolve(context, Workspace.Open(context.FindRepo(repo)), null, null, "note", needsTrack: false).TaskId;

    private static Option<string[]> Repeatable(string name, string description) =>
        new(name) { Description = description, HelpName = "TEXT", AllowMultipleArgumentsPerToken = false };

    private static int Run(CliContext context, Options options)
    {
        var workspace = Workspace.Open(options.Repo);
        var result = NoteService.Run(workspace, options.Request, DateTimeOffset.UtcNow);
        if (result.LockTakenOverFrom is { } stale)
        {
            context.Error.WriteLine($"harness: took over the lock of {result.Path} left by {stale}");
        }
        if (!result.Written)
        {
            context.Output.WriteLine($"unchanged {result.Path} (nothing new to add)");
            return ExitCodes.Ok;
        }
        var sections = result.Changed.Count == 0 ? "front matter only" : string.Join(", ", result.Changed);
        context.Output.WriteLine($"{(result.Created ? "created" : "updated")} {result.Path} ({sections})");
        return ExitCodes.Ok;
    }
}
