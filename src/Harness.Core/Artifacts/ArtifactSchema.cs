namespace Harness.Core.Artifacts;

/// <summary>
/// What each artifact kind requires and recommends (the contract's "Required and recommended sections"),
/// and which front matter keys it knows. Lint and restart read it from here, never from a copy.
/// </summary>
public sealed class ArtifactSchema
{
    private static readonly string[] CommonFrontMatter = ["feature", "id", "title", "owner", "track", "status", "updated", "created", "commit", "tags"];

    private ArtifactSchema(ArtifactKind kind, SectionSpec[] required, SectionSpec[] recommended, string[] frontMatterKeys)
    {
        Kind = kind;
        Required = required;
        Recommended = recommended;
        FrontMatterKeys = [.. CommonFrontMatter, .. frontMatterKeys];
    }

    public ArtifactKind Kind { get; }

    public IReadOnlyList<SectionSpec> Required { get; }

    public IReadOnlyList<SectionSpec> Recommended { get; }

    public IReadOnlyList<string> FrontMatterKeys { get; }

    public static readonly ArtifactSchema FeatureList = new(ArtifactKind.FeatureList,
        [new("Tracks")],
        [new("Purpose"), new("Operating Rules"), new("Shared File Rule"), new("Stop Instead Of Parallelizing")],
        []);

    public static readonly ArtifactSchema Plan = new(ArtifactKind.Plan,
        [new("Goal"), new("Scope"), new("Workstreams"), new("Merge Order")],
        [new("Non-goals", "Non goals", "Nongoals"), new("Planner Responsibilities"), new("Shared File Rule"), new("Approval Gates"),
         new("Handoff Contract"), new("Checkpoints"), new("Restart Anchor")],
        []);

    public static readonly ArtifactSchema TaskBrief = new(ArtifactKind.TaskBrief,
        [new("Goal"), new("Scope"), new("Verification")],
        [new("Source"), new("Inputs"), new("Deliverables"), new("Constraints"), new("Acceptance Criteria"),
         new("Open Questions"), new("Out of Scope")],
        []);

    public static readonly ArtifactSchema ProgressNote = new(ArtifactKind.ProgressNote,
        [new("Current Goal"), new("Last Verify"), new("Next Step")],
        [new("Status"), new("Completed"), new("Decided"), new("Open Questions"), new("Changed Files"), new("Resume Steps")],
        []);

    public static readonly ArtifactSchema RestartProtocol = new(ArtifactKind.RestartProtocol,
        [new("Restart Packet (Canonical Inputs)", "Restart Packet", "Canonical Inputs"), new("Restart Steps"), new("Stop Conditions")],
        [new("Principle"), new("Live Checks"), new("Handoff Contract"), new("Restart Output")],
        []);

    public static readonly ArtifactSchema Playbook = new(ArtifactKind.Playbook,
        [new("Roles"), new("Merge Order")],
        [new("Purpose"), new("Entry Criteria"), new("Use Multi-agent When"), new("Do Not Use When"),
         new("Handoff Contract"), new("Exit States")],
        []);

    public static readonly ArtifactSchema Handoff = new(ArtifactKind.Handoff,
        [new("Goal"), new("Owned Files"), new("Verify"), new("Next Owner"), new("Exit State"), new("Changed Files"),
         new("Verification"), new("Remaining Gaps")],
        [new("Required Inputs"), new("Expected Output"), new("Stop Condition"), new("Notes"), new("Concerns"),
         new("Deviations"), new("Findings"), new("Feedback")],
        ["from", "to"]);

    public static ArtifactSchema For(ArtifactKind kind) => kind switch
    {
        ArtifactKind.FeatureList => FeatureList,
        ArtifactKind.Plan => Plan,
        ArtifactKind.TaskBrief => TaskBrief,
        ArtifactKind.ProgressNote => ProgressNote,
        ArtifactKind.RestartProtocol => RestartProtocol,
        ArtifactKind.Playbook => Playbook,
        _ => Handoff,
    };
}
