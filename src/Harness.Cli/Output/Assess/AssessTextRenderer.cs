using System.Text;
using Harness.Core.Model.Assessment;

namespace Harness.Cli.Output.Assess;

/// <summary>The assessment as text: the verdict first, then each criterion with where it came from.</summary>
internal static class AssessTextRenderer
{
    public static void Render(TaskAssessment assessment, TextWriter output)
    {
        var text = new StringBuilder();
        text.Append(assessment.TaskId).Append(": ").Append(assessment.Verdict);
        text.Append(assessment.Verdict switch
        {
            Verdicts.MultiAgent => $" (may run in parallel now: {string.Join(", ", assessment.Parallel.Select(t => "Track " + t))}{SubTasks(assessment)})",
            Verdicts.Stop => " (fix what is NOT met first, then assess again)",
            _ => " (one agent works the task)",
        });
        text.Append('\n');
        foreach (var criterion in assessment.Criteria)
        {
            text.Append(criterion.Met ? "  met     " : "  NOT met ").Append(criterion.Name)
                .Append(" (").Append(criterion.File).Append(':').Append(criterion.Line).Append("): ")
                .Append(criterion.Detail).Append('\n');
        }
        output.Write(text.ToString());
    }

    // A track that hands its work to a sub-task runs as the sub-task's tracks: "; Track C → FEATURE-003: Track A, Track B".
    private static string SubTasks(TaskAssessment assessment) => string.Concat(assessment.ParallelSubTasks.Select(s =>
        $"; {(s.Task == assessment.TaskId ? "" : s.Task + " ")}Track {s.Track} → {s.SubTask}: " +
        (s.Parallel.Count == 0 ? "none now" : string.Join(", ", s.Parallel.Select(t => "Track " + t)))));
}
