using Harness.Core.Model.Artifacts;
using Harness.Core.Model.Workspaces;
using Harness.Core.Restart;

namespace Harness.Core.Assess;

/// <summary>
/// `harness assess`: the planner's restart packet of the task carries the assessment, so assess reads the
/// artifacts, the evidence and git exactly as `harness restart --as planner` does.
/// </summary>
public static class AssessmentService
{
    public static TaskAssessment Assess(Workspace workspace, string taskId) =>
        RestartPacketBuilder.Build(workspace, new RestartRequest(taskId, Current: false, Track: null, Role: RestartPacketBuilder.PlannerRole)).Assessment!;
}
