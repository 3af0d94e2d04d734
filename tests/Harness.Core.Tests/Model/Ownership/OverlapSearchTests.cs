using System.Text;
using System.Text.RegularExpressions;
using Harness.Core.Model.Artifacts;
using Harness.Core.Model.Documents;
using Harness.Core.Model.Ownership;
using Harness.Core.Model.Schedule;

namespace Harness.Core.Tests.Model.Ownership;

/// <summary>
/// The indexed overlap search finds exactly what comparing every pair of entries under related folders found
/// (the search it replaced, kept here as the reference), lists the first hundred by line with a count, and
/// stops at its budget when nearly every pair overlaps.
/// </summary>
public sealed class OverlapSearchTests
{
    private static readonly string[] Vocabulary =
    [
        "src/**", "src/a/**", "src/a/*.sh", "src/a/b.sh", "src/b/*", "src/*.sh", "**/*.sh", "**/b.sh", "**/*a*",
        "**/*1*", "**/*12*", "**/*2*", "docs/", "docs/*.md", "docs/guide.md", "*", "**", "src/[ab]/*.sh",
        "src/?/b.sh", "tests/**/*Tests.cs", "tests/unit/CoreTests.cs", "**/*Tests.cs", "Src/A/**", "SRC/a/b.sh",
        @"notes/\*.md", "notes/*.md", "src/a", "lib/x*y/z", "lib/**/z", "**/*.SH",
    ];

    [TestCase(false, 1)]
    [TestCase(false, 2)]
    [TestCase(false, 3)]
    [TestCase(true, 4)]
    [TestCase(true, 5)]
    public void Random_feature_lists_give_the_overlaps_of_the_pairwise_search(bool ignoreCase, int seed)
    {
        var random = new Random(seed);
        for (var round = 0; round < 40; round++)
        {
            var list = RandomList(random, random.Next(2, 14));
            var graph = new TrackGraph(list.Tracks);
            var shared = list.SharedFiles;
            var analysis = new OwnershipAnalysis(list.Tracks, graph, shared, ignoreCase);

            var found = analysis.FindOverlaps(listLimit: int.MaxValue);

            found.Complete.Should().BeTrue();
            Describe(found.Listed).Should().Equal(Describe(PairwiseReference(analysis, (a, b) => !graph.AreOrdered(a, b))), $"seed {seed}, round {round}");
            found.Total.Should().Be(found.Listed.Count);
        }
    }

    [Test]
    public void Past_the_limit_the_first_overlaps_by_line_are_listed_and_the_rest_counted()
    {
        var list = Parse(Tracks(Enumerable.Range(1, 30).Select(i => (i, "`**/*.sh`"))));
        var analysis = new OwnershipAnalysis(list.Tracks, new TrackGraph(list.Tracks), []);

        var all = analysis.FindOverlaps(listLimit: int.MaxValue);
        var first = analysis.FindOverlaps(listLimit: 10);

        all.Total.Should().Be(30 * 29 / 2);
        first.Total.Should().Be(all.Total);
        Describe(first.Listed).Should().Equal(Describe(all.Listed.Take(10)));
        first.FirstUnlisted.Should().NotBeNull();
        Describe([first.FirstUnlisted!]).Should().Equal(Describe([all.Listed[10]]));
    }

    [Test]
    public void When_every_pair_overlaps_the_search_stops_at_its_budget()
    {
        var list = Parse(Tracks(Enumerable.Range(1, 400).Select(i => (i, "`**/*.sh`"))));
        var analysis = new OwnershipAnalysis(list.Tracks, new TrackGraph(list.Tracks), []);

        var found = analysis.FindOverlaps(budget: 50_000);

        // Each entry costs 3 samples x 399 candidates, plus 32 for each of the 399 pairs its first sample finds:
        // about 14,000, so the budget runs out in the fourth entry.
        found.Complete.Should().BeFalse();
        found.StoppedAt!.Track.Id.Should().Be("T4");
        found.Work.Should().BeGreaterThan(50_000).And.BeLessThan(50_000 + 14_000);
        found.Listed.Should().HaveCount(100);
        found.Total.Should().Be(399 + 398 + 397 + 396);
    }

    [Test]
    public void Globs_that_share_only_a_substring_are_found_through_the_literal_index()
    {
        var list = Parse(Tracks([(1, "`**/*1*`"), (2, "`**/*2*`"), (12, "`**/*12*`"), (3, "`**/*3*`")]));
        var analysis = new OwnershipAnalysis(list.Tracks, new TrackGraph(list.Tracks), []);

        Describe(analysis.Overlaps()).Should().Equal("T12 **/*12* / T1 **/*1*: x12x", "T12 **/*12* / T2 **/*2*: x12x");
    }

    private static FeatureList RandomList(Random random, int count)
    {
        var tracks = new List<(int, string)>();
        for (var i = 1; i <= count; i++)
        {
            var globs = Enumerable.Range(0, random.Next(1, 4)).Select(_ => "`" + Vocabulary[random.Next(Vocabulary.Length)] + "`");
            tracks.Add((i, string.Join(", ", globs)));
        }
        var text = new StringBuilder(Tracks(tracks, random));
        if (random.Next(3) == 0)
        {
            text.Append("\n## Shared File Rule\n\n- `src/a/b.sh`: Track T1 が先に変更する。\n");
        }
        return Parse(text.ToString());
    }

    private static string Tracks(IEnumerable<(int Number, string Owned)> tracks, Random? random = null)
    {
        var text = new StringBuilder("---\nfeature: FEATURE-001\n---\n# Feature List\n\n## Purpose\n\n監査ログを速くする。\n\n## Tracks\n\n");
        foreach (var (number, owned) in tracks)
        {
            var dependency = random is not null && number > 1 && random.Next(3) == 0 ? $"Track T{random.Next(1, number)}" : "none";
            text.Append($"### Track T{number}\n- Status: ready\n- Owner: coder-{number}\n- Owned Files: {owned}\n- Verify Signal: `true`\n- Dependencies: {dependency}\n\n");
        }
        return text.ToString();
    }

    private static FeatureList Parse(string text) =>
        new(MarkdownDocument.Parse(new SourceText("docs/harness/feature-list.md", text)), new Regex("[A-Z][A-Z0-9]*-[0-9]+"));

    private static List<string> Describe(IEnumerable<Overlap> overlaps) =>
        overlaps.Select(o => $"{o.Second.Track.Id} {o.Second.Value.Unwrapped} / {o.First.Track.Id} {o.First.Value.Unwrapped}: {o.Example}").ToList();

    /// <summary>The search before the index: every entry against every entry filed under one of its prefix's folders.</summary>
    private static List<Overlap> PairwiseReference(OwnershipAnalysis analysis, Func<Track, Track, bool> mayRunTogether)
    {
        var byPrefix = new Dictionary<string, List<OwnedEntry>>(StringComparer.Ordinal);
        foreach (var entry in analysis.Entries)
        {
            if (!byPrefix.TryGetValue(entry.Glob.LiteralPrefix, out var bucket))
            {
                byPrefix[entry.Glob.LiteralPrefix] = bucket = [];
            }
            bucket.Add(entry);
        }
        var reported = new HashSet<(string, string)>();
        var overlaps = new List<Overlap>();
        foreach (var entry in analysis.Entries)
        {
            foreach (var ancestor in AncestorsOf(entry.Glob.LiteralPrefix))
            {
                foreach (var other in byPrefix.GetValueOrDefault(ancestor) ?? [])
                {
                    if (ReferenceEquals(other, entry) || TrackIds.Comparer.Equals(other.Track.Id, entry.Track.Id))
                    {
                        continue;
                    }
                    var (first, second) = entry.Value.Location.Line <= other.Value.Location.Line ? (entry, other) : (other, entry);
                    var key = (first.Track.Id.ToUpperInvariant(), second.Track.Id.ToUpperInvariant());
                    if (reported.Contains(key) || !mayRunTogether(first.Track, second.Track))
                    {
                        continue;
                    }
                    var example = GlobOverlap.Example(first.Glob, second.Glob);
                    if (example is null || analysis.IsShared(example))
                    {
                        continue;
                    }
                    reported.Add(key);
                    overlaps.Add(new Overlap(first, second, example));
                }
            }
        }
        return overlaps.OrderBy(o => o.Second.Value.Location.Line).ToList();
    }

    private static IEnumerable<string> AncestorsOf(string prefix)
    {
        yield return "";
        if (prefix.Length == 0)
        {
            yield break;
        }
        for (var slash = prefix.IndexOf('/'); slash >= 0; slash = prefix.IndexOf('/', slash + 1))
        {
            yield return prefix[..slash];
        }
        yield return prefix;
    }
}
