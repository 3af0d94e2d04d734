using Harness.Core.Model.Documents;

namespace Harness.Core.Model.Artifacts;

/// <summary>The plan of a long-running task (contract, section 2).</summary>
public sealed class Plan : Artifact
{
    public Plan(MarkdownDocument document) : base(document)
    {
        Workstreams = Workstream.Read(Section("Workstreams"));
        MergeOrder = ItemsOf("Merge Order");
        ApprovalGates = ItemsOf("Approval Gates");
        OpenQuestions = ItemsOf("Open Questions");
        SharedFiles = SharedFileRule.Read(Section("Shared File Rule"));
    }

    public override ArtifactKind Kind => ArtifactKind.Plan;

    public IReadOnlyList<Workstream> Workstreams { get; }

    /// <summary>The numbered phases of the Merge Order.</summary>
    public IReadOnlyList<TextValue> MergeOrder { get; }

    public IReadOnlyList<TextValue> ApprovalGates { get; }

    public IReadOnlyList<TextValue> OpenQuestions { get; }

    public IReadOnlyList<SharedFileEntry> SharedFiles { get; }
}
