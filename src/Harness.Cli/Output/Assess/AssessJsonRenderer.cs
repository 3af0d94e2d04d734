using System.Text.Json;
using Harness.Core.Model.Assessment;
using Harness.Core.Model.Text;

namespace Harness.Cli.Output.Assess;

/// <summary>
/// The assessment as JSON (docs/assess.md) in the envelope of docs/json.md: {"task","verdict","parallel","criteria":[{"name","met","detail","path","line"}]},
/// written field by field: no reflection, safe under AOT. The restart packet embeds the same object.
/// </summary>
internal static class AssessJsonRenderer
{
    public static void Render(TaskAssessment assessment, TextWriter output) =>
        output.Write(JsonOutput.Write("assess", json => WriteProperties(json, assessment)));

    /// <summary>Writes the assessment as an object: a value, or after a property name the caller wrote.</summary>
    public static void WriteObject(Utf8JsonWriter json, TaskAssessment assessment)
    {
        json.WriteStartObject();
        WriteProperties(json, assessment);
        json.WriteEndObject();
    }

    private static void WriteProperties(Utf8JsonWriter json, TaskAssessment assessment)
    {
        json.WriteString("task", assessment.TaskId);
        json.WriteString("verdict", assessment.Verdict);
        JsonText.WriteStrings(json, "parallel", assessment.Parallel);
        // Only when a track that may run now hands its work to a sub-task: the assessment otherwise keeps its fields.
        if (assessment.ParallelSubTasks.Count > 0)
        {
            json.WriteStartArray("parallelSubTasks");
            foreach (var sub in assessment.ParallelSubTasks)
            {
                json.WriteStartObject();
                json.WriteString("task", sub.Task);
                json.WriteString("track", sub.Track);
                json.WriteString("subTask", sub.SubTask);
                JsonText.WriteStrings(json, "parallel", sub.Parallel);
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        json.WriteStartArray("criteria");
        foreach (var criterion in assessment.Criteria)
        {
            json.WriteStartObject();
            json.WriteString("name", criterion.Name);
            json.WriteBoolean("met", criterion.Met);
            json.WriteString("detail", criterion.Detail);
            json.WriteString("path", criterion.File);
            json.WriteNumber("line", criterion.Line);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }
}
