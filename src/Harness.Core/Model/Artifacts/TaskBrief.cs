using Harness.Core.Model.Documents;

namespace Harness.Core.Model.Artifacts;

/// <summary>The task brief of a single-agent task; it stands in for the plan (contract, section 2).</summary>
public sealed class TaskBrief : Artifact
{
    public TaskBrief(MarkdownDocument document) : base(document)
    {
        OpenQuestions = ItemsOf("Open Questions");
        var verification = Section("Verification");
        VerificationCommand = verification is null ? null : FirstCommand(verification);
    }

    public override ArtifactKind Kind => ArtifactKind.TaskBrief;

    public IReadOnlyList<TextValue> OpenQuestions { get; }

    /// <summary>The first backticked command under Verification: the runnable verify of the task.</summary>
    public TextValue? VerificationCommand { get; }

    private static TextValue? FirstCommand(Section section)
    {
        foreach (var item in section.Items)
        {
            var found = Track.FirstCommand(new Field(item.ToValue(), [item.ToValue(), .. item.Children.Select(c => c.ToValue())]));
            if (found is not null)
            {
                return found;
            }
        }
        var body = section.Body;
        foreach (var (code, offset) in Text.InlineCode.Spans(body))
        {
            if (code.Length > 0)
            {
                return new TextValue(code, section.LocationInBody(offset + 1));
            }
        }
        return null;
    }
}
