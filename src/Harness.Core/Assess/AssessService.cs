using Harness.Core.Model.Assessment;
using Harness.Core.Model.State;
using Harness.Core.Model.Workspaces;

namespace Harness.Core.Assess;

/// <summary>
/// `harness assess`: reads the task state as `harness restart --as planner` does (the note's track, the verify
/// results, the stop conditions) and asks the same <see cref="Assessor"/>, so the two never disagree.
/// </summary>
public static class AssessService
{
    public static TaskAssessment Run(Workspace workspace, string taskId)
    {
        var git = GitFacts.Started(workspace.Git);
        var state = new TaskState(workspace, workspace.GetTask(taskId), git);
        state.Track = state.NoteTrack;
        var verify = VerifyResults.Collect(state);
        var stops = StopConditions.Find(state, PacketInputs.Collect(state), verify);
        return Assessor.Assess(state, verify, stops);
    }
}
