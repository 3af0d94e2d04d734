using Harness.Core.Model.Documents;

namespace Harness.Core.Model.Artifacts;

/// <summary>The Progress Note: where the task is now (contract, section 4).</summary>
public sealed class ProgressNote : Artifact
{
    public ProgressNote(MarkdownDocument document) : base(document)
    {
        var status = Section("Status");
        Status = status?.Items.FirstOrDefault()?.ToValue()
            ?? (status is { Body.Length: > 0 } ? new TextValue(status.Body.Split('\n')[0].Trim(), status.LocationInBody(0)) : null);
        LastVerify = ItemsOf("Last Verify").Select(v => new VerifyLine(v)).ToList();
        OpenQuestions = ItemsOf("Open Questions");
        NextStep = ItemsOf("Next Step");
        ChangedFiles = ItemsOf("Changed Files");
        Track = FrontMatterValue("track");
        Owner = FrontMatterValue("owner");
        Updated = FrontMatterValue("updated");
        Commit = FrontMatterValue("commit");
    }

    public override ArtifactKind Kind => ArtifactKind.ProgressNote;

    public TextValue? Status { get; }

    public IReadOnlyList<VerifyLine> LastVerify { get; }

    public IReadOnlyList<TextValue> OpenQuestions { get; }

    public IReadOnlyList<TextValue> NextStep { get; }

    public IReadOnlyList<TextValue> ChangedFiles { get; }

    /// <summary>The track the note is for (front matter), or null for the whole feature.</summary>
    public TextValue? Track { get; }

    public TextValue? Owner { get; }

    public TextValue? Updated { get; }

    public TextValue? Commit { get; }
}
