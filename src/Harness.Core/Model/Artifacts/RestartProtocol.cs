using Harness.Core.Model.Documents;

namespace Harness.Core.Model.Artifacts;

/// <summary>The restart protocol: prose for people, checked for its sections (contract, table of sections).</summary>
public sealed class RestartProtocol : Artifact
{
    public RestartProtocol(MarkdownDocument document) : base(document)
    {
        RestartSteps = ItemsOf("Restart Steps");
        StopConditions = ItemsOf("Stop Conditions");
    }

    public override ArtifactKind Kind => ArtifactKind.RestartProtocol;

    public IReadOnlyList<TextValue> RestartSteps { get; }

    public IReadOnlyList<TextValue> StopConditions { get; }
}
