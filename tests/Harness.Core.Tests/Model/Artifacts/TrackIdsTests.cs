using Harness.Core.Model.Artifacts;

namespace Harness.Core.Tests.Model.Artifacts;

public sealed class TrackIdsTests
{
    [TestCase("Track A", "A")]
    [TestCase("`Track B`", "B")]
    [TestCase("Track B.", "B")]
    [TestCase("track  c;", "c")]
    [TestCase(" Track\u3000Ｄ ", "Ｄ")]
    [TestCase("Track A B", "Track A B")]
    [TestCase("Trackx", "Trackx")]
    [TestCase("Track", "Track")]
    [TestCase("A", "A")]
    public void Normalize_reads_the_id_a_mention_names(string text, string expected) =>
        TrackIds.Normalize(text).Should().Be(expected);

    [TestCase("Track A: Assignee Filter", "A", "Assignee Filter")]
    [TestCase("Track A（担当: coder-a）", "A", "（担当: coder-a）")]
    [TestCase("Track B：日本語の説明", "B", "日本語の説明")]
    [TestCase("track c (reviewer)", "c", "(reviewer)")]
    [TestCase("Track C", "C", "")]
    [TestCase("Track : x", "Track", "x")]
    [TestCase("Setup: Foo", "Setup", "Foo")]
    [TestCase("Notes", "Notes", "")]
    public void FromHeading_splits_the_id_from_the_title(string heading, string id, string title) =>
        TrackIds.FromHeading(heading).Should().Be((id, title));

    [TestCase("none", true)]
    [TestCase("`none`", true)]
    [TestCase("none.", true)]
    [TestCase("``none``", true)]
    [TestCase("なし", true)]
    [TestCase("N/A", true)]
    [TestCase("`src/none`", false)]
    [TestCase("none of it", false)]
    [TestCase("`none` and `x`", false)]
    public void IsNone_reads_the_words_that_name_nothing(string text, bool expected) =>
        FieldReader.IsNone(text).Should().Be(expected);
}
