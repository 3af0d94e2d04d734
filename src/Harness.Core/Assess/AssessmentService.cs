using Harness.Core.Model.Assessment;
using Harness.Core.Model.State;
using Harness.Core.Model.Workspaces;

namespace Harness.Core.Assess;

/// <summary>The options of `harness assess`.</summary>
public sealed record AssessOptions(string Repo, string TaskId, bool Json);

/// <summary>What `harness assess` prints, and its exit code.</summary>
public sealed record AssessOutcome(int ExitCode, string Text);

/// <summary>
/// `harness assess`: reads the task state as `harness restart --as planner` does (the note's track, the verify
/// results, the stop conditions) and asks the same <see cref="Assessor"/>, so the two never disagree.
/// </summary>
public static class AssessmentService
{
    public static TaskAssessment Assess(Workspace workspace, string taskId)
    {
        var git = new GitFacts(workspace.Git);
        git.Prefetch();
        var state = new TaskState(workspace, workspace.GetTask(taskId), git);
        state.Track = state.NoteTrack;
        var verify = VerifyResults.Collect(state);
        var stops = StopConditions.Find(state, PacketInputs.Collect(state), verify);
        return Assessor.Assess(state, verify, stops);
    }

    public static AssessOutcome Run(AssessOptions options)
    {
        var assessment = Assess(Workspace.Open(options.Repo), options.TaskId);
        var text = options.Json ? AssessmentJson.Write(assessment) : AssessmentText.Write(assessment);
        return new AssessOutcome(assessment.ExitCode, text);
    }
}
