using Harness.Core;
using Harness.Core.Guard;
using Harness.Core.Model.Artifacts;
using Harness.Core.Model.Config;
using Harness.Core.Model.Documents;
using Harness.Core.Model.Ownership;
using Harness.Core.Model.Schedule;
using Harness.Core.Order;

namespace Harness.Fuzz;

/// <summary>
/// One fuzz input read the way harness reads artifacts: decoded, read as harness.yml, parsed as Markdown, read
/// as every artifact kind, the feature list's tracks put through the track graph and ownership analysis, and the
/// plan's Merge Order read against those tracks.
/// Refusals the reader documents (an <see cref="InputError"/> or <see cref="HarnessInputException"/>) end the
/// run quietly; any other exception escapes so that AFL records the input as a crash.
/// </summary>
public static class ReaderTarget
{
    /// <summary>The track graph and overlap search compare tracks pairwise; a bound keeps one run short.</summary>
    private const int MaxOrderedPairs = 64;

    public static void Run(byte[] bytes)
    {
        try
        {
            Read(bytes);
        }
        catch (HarnessInputException)
        {
            // The documented input-error path: the CLI turns it into exit 2 with a one-line message.
        }
    }

    private static void Read(byte[] bytes)
    {
        if (!SourceFileReader.TryDecode("fuzz/input.md", bytes, out var source, out _))
        {
            return;
        }
        var config = HarnessConfigReader.Read(new SourceText("harness.yml", source!.Text), []);
        if (!MarkdownDocument.TryParse(source, out var document, out _))
        {
            return;
        }

        var featureList = new FeatureList(document!, config.IdPattern);
        var plan = new Plan(document!);
        _ = new TaskBrief(document!);
        _ = new ProgressNote(document!);
        _ = new HandoffDocument(document!);
        _ = new Playbook(document!);
        _ = new RestartProtocol(document!);

        AnalyseTracks(featureList.Tracks, featureList.SharedFiles.Concat(plan.SharedFiles).ToList(), plan.MergeOrder);
    }

    private static void AnalyseTracks(IReadOnlyList<Track> tracks, IReadOnlyList<SharedFileEntry> sharedFiles, IReadOnlyList<TextValue> mergeOrder)
    {
        var graph = new TrackGraph(tracks);
        var order = MergeOrder.Read(tracks, graph, mergeOrder, "fuzz/input.md");
        if (order.Schedule is { } schedule)
        {
            _ = schedule.RunnableNow();
            foreach (var track in tracks.Take(MaxOrderedPairs))
            {
                _ = schedule.Check(track);
            }
        }
        _ = graph.Cycles();
        _ = graph.Layers();
        var pairs = 0;
        foreach (var a in tracks)
        {
            _ = graph.AllDependenciesOf(a).Count();
            foreach (var b in tracks)
            {
                if (pairs++ >= MaxOrderedPairs)
                {
                    break;
                }
                _ = graph.AreOrdered(a, b);
            }
        }
        foreach (var ignoreCase in new[] { false, true })
        {
            var ownership = new OwnershipAnalysis(tracks, graph, sharedFiles, ignoreCase);
            _ = ownership.Overlaps();
            _ = ownership.Overlaps(order.Schedule is { } ordered ? ordered.MayRunTogether : null);
            foreach (var entry in ownership.Entries.Take(MaxOrderedPairs))
            {
                var prefix = entry.Glob.LiteralPrefix;
                _ = ownership.OwnersOf(prefix).Count();
                _ = ownership.IsShared(prefix);
            }
        }
    }
}
