using Harness.Core.Model.Artifacts;
using Harness.Core.Model.Workspaces;
using Harness.Core.Restart;

namespace Harness.Core.Assess;

/// <summary>The options of `harness assess`.</summary>
public sealed record AssessOptions(string Repo, string TaskId, bool Json);

/// <summary>What `harness assess` prints, and its exit code.</summary>
public sealed record AssessOutcome(int ExitCode, string Text);

/// <summary>
/// `harness assess`: the planner's restart packet of the task carries the assessment, so assess reads the
/// artifacts, the evidence and git exactly as `harness restart --as planner` does.
/// </summary>
public static class AssessmentService
{
    public static TaskAssessment Assess(Workspace workspace, string taskId) =>
        RestartPacketBuilder.Build(workspace, new RestartRequest(taskId, Current: false, Track: null, Role: RestartPacketBuilder.PlannerRole)).Assessment!;

    public static AssessOutcome Run(AssessOptions options)
    {
        var assessment = Assess(Workspace.Open(options.Repo), options.TaskId);
        var text = options.Json ? AssessmentJson.Write(assessment) : AssessmentText.Write(assessment);
        return new AssessOutcome(assessment.ExitCode, text);
    }
}
