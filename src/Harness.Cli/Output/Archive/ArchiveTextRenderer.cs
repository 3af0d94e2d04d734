using Harness.Core.Archive;
using Harness.Core.Model.CommandLine;

namespace Harness.Cli.Output.Archive;

/// <summary>`harness archive` for people: what moved where, and the commit to run.</summary>
internal static class ArchiveTextRenderer
{
    public static void Render(ArchiveReport report, TextWriter output)
    {
        output.WriteLine($"archived {report.TaskId} in {report.Folder}/ ({report.Moves.Count} file(s))");
        if (report.Unfinished.Count > 0)
        {
            output.WriteLine($"  with {CommandWords.Force}, unfinished: {string.Join(", ", report.Unfinished)}");
        }
        foreach (var move in report.Moves)
        {
            output.WriteLine($"  {(move.Tracked ? "git mv" : "moved ")} {move.From} -> {move.To}");
        }
        var untracked = report.Moves.Count(m => !m.Tracked);
        if (report.CommitLine is { } commit)
        {
            output.WriteLine($"The renames are staged; commit them: {commit}");
            if (untracked > 0)
            {
                output.WriteLine($"{untracked} file(s) git does not track were moved as they are (\"moved\"); git add them first if they belong in the commit.");
            }
        }
        else
        {
            output.WriteLine("git tracks none of these files: they were moved as they are, nothing to commit.");
        }
    }
}
