using Harness.Core.Model.Artifacts;
using Harness.Core.Model.Ownership;
using Harness.Core.Model.Schedule;

namespace Harness.Core.Lint;

/// <summary>A feature list with its dependency graph and ownership analysis, each built once for every rule.</summary>
public sealed class LintedFeatureList
{
    public LintedFeatureList(FeatureList list)
    {
        List = list;
        Graph = new TrackGraph(list.Tracks);
        Ownership = new OwnershipAnalysis(list.Tracks, Graph, list.SharedFiles);
    }

    public FeatureList List { get; }

    public string Path => List.Path;

    public TrackGraph Graph { get; }

    public OwnershipAnalysis Ownership { get; }
}
