namespace Harness.Core.Model.Artifacts;

/// <summary>
/// What each artifact kind requires and recommends (the contract's "Required and recommended sections"),
/// and which front matter keys it knows. Lint and restart read it from here, never from a copy.
/// </summary>
public sealed class ArtifactSchema
{
    private static readonly string[] CommonFrontMatter = ["feature", "id", "title", "owner", "track", "status", "updated", "created", "commit", "tags"];

    private ArtifactSchema(ArtifactKind kind, SectionSpec[] required, SectionSpec[] recommended, string[] frontMatterKeys, string[] order)
    {
        Kind = kind;
        Required = required;
        Recommended = recommended;
        FrontMatterKeys = [.. CommonFrontMatter, .. frontMatterKeys];
        SectionSpec[] all = [.. required, .. recommended];
        InWrittenOrder = [.. order.Select(name => all.First(s => s.Name == name)), .. all.Where(s => !order.Contains(s.Name))];
    }

    public ArtifactKind Kind { get; }

    public IReadOnlyList<SectionSpec> Required { get; }

    public IReadOnlyList<SectionSpec> Recommended { get; }

    public IReadOnlyList<string> FrontMatterKeys { get; }

    /// <summary>Every required and recommended section, in the order the contract (and harness's templates) write them.</summary>
    public IReadOnlyList<SectionSpec> InWrittenOrder { get; }

    public static readonly ArtifactSchema FeatureList = new(ArtifactKind.FeatureList,
        [new("Tracks")],
        [new("Purpose"), new("Operating Rules"), new("Shared File Rule"), new("Stop Instead Of Parallelizing")],
        [],
        ["Purpose", "Operating Rules", "Tracks", "Shared File Rule", "Stop Instead Of Parallelizing"]);

    public static readonly ArtifactSchema Plan = new(ArtifactKind.Plan,
        [new("Goal"), new("Scope"), new("Workstreams"), new("Merge Order")],
        [new("Non-goals", "Non goals", "Nongoals"), new("Planner Responsibilities"), new("Shared File Rule"), new("Approval Gates"),
         new("Handoff Contract"), new("Checkpoints"), new("Restart Anchor")],
        [],
        ["Goal", "Scope", "Non-goals", "Planner Responsibilities", "Workstreams", "Shared File Rule", "Merge Order",
         "Approval Gates", "Handoff Contract", "Checkpoints", "Restart Anchor"]);

    public static readonly ArtifactSchema TaskBrief = new(ArtifactKind.TaskBrief,
        [new("Goal"), new("Scope"), new("Verification")],
        [new("Source"), new("Inputs"), new("Deliverables"), new("Constraints"), new("Acceptance Criteria"),
         new("Open Questions"), new("Out of Scope")],
        [],
        ["Source", "Goal", "Scope", "Inputs", "Deliverables", "Constraints", "Acceptance Criteria", "Verification",
         "Open Questions", "Out of Scope"]);

    public static readonly ArtifactSchema ProgressNote = new(ArtifactKind.ProgressNote,
        [new("Current Goal"), new("Last Verify"), new("Next Step")],
        [new("Status"), new("Completed"), new("Decided"), new("Open Questions"), new("Changed Files"), new("Resume Steps")],
        [],
        ["Status", "Current Goal", "Completed", "Decided", "Open Questions", "Last Verify", "Changed Files",
         "Resume Steps", "Next Step"]);

    public static readonly ArtifactSchema RestartProtocol = new(ArtifactKind.RestartProtocol,
        [new("Restart Packet (Canonical Inputs)", "Restart Packet", "Canonical Inputs"), new("Restart Steps"), new("Stop Conditions")],
        [new("Principle"), new("Live Checks"), new("Handoff Contract"), new("Restart Output")],
        [],
        ["Principle", "Restart Packet (Canonical Inputs)", "Restart Steps", "Stop Conditions", "Live Checks",
         "Handoff Contract", "Restart Output"]);

    public static readonly ArtifactSchema Playbook = new(ArtifactKind.Playbook,
        [new("Roles"), new("Merge Order")],
        [new("Purpose"), new("Entry Criteria"), new("Use Multi-agent When"), new("Do Not Use When"),
         new("Handoff Contract"), new("Exit States")],
        [],
        ["Purpose", "Roles", "Entry Criteria", "Use Multi-agent When", "Do Not Use When", "Merge Order",
         "Handoff Contract", "Exit States"]);

    public static readonly ArtifactSchema Handoff = new(ArtifactKind.Handoff,
        [new("Goal"), new("Owned Files"), new("Verify"), new("Next Owner"), new("Exit State"), new("Changed Files"),
         new("Verification"), new("Remaining Gaps")],
        [new("Required Inputs"), new("Expected Output"), new("Stop Condition"), new("Notes"), new("Concerns"),
         new("Deviations"), new("Findings"), new("Feedback")],
        ["from", "to"],
        ["Goal", "Owned Files", "Required Inputs", "Expected Output", "Verify", "Stop Condition", "Next Owner",
         "Exit State", "Changed Files", "Verification", "Remaining Gaps", "Notes", "Concerns", "Deviations",
         "Findings", "Feedback"]);

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
