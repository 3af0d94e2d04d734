namespace Harness.Core.Model.Artifacts;

public enum ArtifactKind
{
    FeatureList,
    Plan,
    TaskBrief,
    ProgressNote,
    RestartProtocol,
    Playbook,
    Handoff,
}

public static class ArtifactKindNames
{
    public static string ToDisplayName(this ArtifactKind kind) => kind switch
    {
        ArtifactKind.FeatureList => "feature list",
        ArtifactKind.Plan => "plan",
        ArtifactKind.TaskBrief => "task brief",
        ArtifactKind.ProgressNote => "Progress Note",
        ArtifactKind.RestartProtocol => "restart protocol",
        ArtifactKind.Playbook => "multi-agent playbook",
        _ => "handoff",
    };
}
