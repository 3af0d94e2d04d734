using System.Text.RegularExpressions;
using Harness.Core.Documents;

namespace Harness.Core.Artifacts;

/// <summary>The feature list: a feature split into tracks (contract, section 1).</summary>
public sealed class FeatureList : Artifact
{
    public FeatureList(MarkdownDocument document, Regex idPattern) : base(document)
    {
        Feature = FrontMatterValue("feature") ?? FeatureNamedByPurpose(idPattern);
        var tracksSection = Section("Tracks");
        Tracks = tracksSection?.Children.Select(s => new Track(s)).ToList() ?? [];
        SharedFiles = SharedFileRule.Read(Section("Shared File Rule"));
        StopConditions = ItemsOf("Stop Instead Of Parallelizing");
    }

    public override ArtifactKind Kind => ArtifactKind.FeatureList;

    /// <summary>The feature this list belongs to (front matter, else the one id its Purpose names), or null.</summary>
    public TextValue? Feature { get; }

    public IReadOnlyList<Track> Tracks { get; }

    public IReadOnlyList<SharedFileEntry> SharedFiles { get; }

    public IReadOnlyList<TextValue> StopConditions { get; }

    public Track? FindTrack(string id)
    {
        var key = TrackIds.Normalize(id);
        return Tracks.FirstOrDefault(t => TrackIds.Comparer.Equals(t.Id, key));
    }

    private TextValue? FeatureNamedByPurpose(Regex idPattern)
    {
        var purpose = Section("Purpose");
        if (purpose is null)
        {
            return null;
        }
        var body = purpose.Body;
        var ids = idPattern.Matches(body).Select(m => m.Value).Distinct(StringComparer.Ordinal).ToList();
        if (ids.Count != 1)
        {
            return null;
        }
        return new TextValue(ids[0], purpose.LocationInBody(body.IndexOf(ids[0], StringComparison.Ordinal)));
    }
}
