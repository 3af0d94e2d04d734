using System.Text.RegularExpressions;
using Harness.Core.Model.Documents;

namespace Harness.Core.Model.Artifacts;

/// <summary>The feature list: a feature split into tracks (contract, section 1).</summary>
public sealed class FeatureList : Artifact
{
    public FeatureList(MarkdownDocument document, Regex idPattern) : base(document)
    {
        Feature = FrontMatterValue("feature") ?? FeatureNamedByPurpose(idPattern);
        Tracks = ReadTracks(Section("Tracks"));
        SharedFiles = SharedFileRule.Read(Section("Shared File Rule"));
        StopConditions = ItemsOf("Stop Instead Of Parallelizing");
    }

    public override ArtifactKind Kind => ArtifactKind.FeatureList;

    /// <summary>The feature this list belongs to (front matter, else the one id its Purpose names), or null.</summary>
    public TextValue? Feature { get; }

    public IReadOnlyList<Track> Tracks { get; }

    public IReadOnlyList<SharedFileEntry> SharedFiles { get; }

    public IReadOnlyList<TextValue> StopConditions { get; }

    public Track? FindTrack(string id) => TracksById.TryGetValue(TrackIds.Normalize(id), out var track) ? track : null;

    // Built on first use: commands look tracks up once per track, which must not cost a scan each time.
    private Dictionary<string, Track> TracksById => _tracksById ??= BuildIndex(Tracks);

    private Dictionary<string, Track>? _tracksById;

    private static Dictionary<string, Track> BuildIndex(IReadOnlyList<Track> tracks)
    {
        var index = new Dictionary<string, Track>(tracks.Count, TrackIds.Comparer);
        foreach (var track in tracks)
        {
            index.TryAdd(track.Id, track);   // the first of duplicate ids wins, as a reader of the file sees it
        }
        return index;
    }

    /// <summary>
    /// The tracks in the order written: the rows of the tables directly under `## Tracks` (they stand before
    /// its first subsection), then the `### Track X` subsections. Both forms are read; an id in both is a
    /// duplicate track (HRN007).
    /// </summary>
    private static List<Track> ReadTracks(Section? tracksSection)
    {
        if (tracksSection is null)
        {
            return [];
        }
        var tracks = new List<Track>();
        foreach (var table in tracksSection.Tables.Where(Track.IsTracksTable))
        {
            tracks.AddRange(Track.FromTable(table));
        }
        tracks.AddRange(tracksSection.Children.Select(Track.FromSection));
        return tracks;
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
