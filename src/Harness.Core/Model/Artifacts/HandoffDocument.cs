using Harness.Core.Model.Documents;

namespace Harness.Core.Model.Artifacts;

/// <summary>A handoff from a worker to the next owner and the planner (contract, section 6).</summary>
public sealed class HandoffDocument : Artifact
{
    public HandoffDocument(MarkdownDocument document) : base(document)
    {
        Track = FrontMatterValue("track");
        To = FrontMatterValue("to");
        From = FrontMatterValue("from");
        Created = FrontMatterValue("created");
        Status = FrontMatterValue("status");
    }

    public override ArtifactKind Kind => ArtifactKind.Handoff;

    public TextValue? Track { get; }

    public TextValue? To { get; }

    public TextValue? From { get; }

    public TextValue? Created { get; }

    /// <summary>The exit state the front matter records (`done`, `blocked`, ...), as `harness handoff` writes it.</summary>
    public TextValue? Status { get; }
}
