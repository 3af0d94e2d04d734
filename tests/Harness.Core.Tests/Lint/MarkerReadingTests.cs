using System.Text.RegularExpressions;
using Harness.Core.Model.Artifacts;
using Harness.Core.Model.Documents;

namespace Harness.Core.Tests.Lint;

/// <summary>
/// Why the fixtures' markers go where Fixtures/README.md says: what the reader makes of a line that ends in an
/// HTML comment. Values and headings keep the comment, so their markers go on the line below; paths in
/// backticks, a cell past the header's and a line below an item change no field.
/// </summary>
public sealed class MarkerReadingTests
{
    private static readonly Regex IdPattern = new("[A-Z][A-Z0-9]*-[0-9]+");

    private static FeatureList List(string tracks) =>
        new(MarkdownDocument.Parse(new SourceText("docs/harness/feature-list.md", "# Feature List\n\n## Tracks\n" + tracks)), IdPattern);

    [Test]
    public void A_comment_at_the_end_of_a_heading_is_part_of_its_title_so_the_heading_is_not_found()
    {
        var document = MarkdownDocument.Parse(new SourceText("a.md", "# T\n\n## Next Step <!-- expect: HRN004 -->\n- one\n"));

        document.AllSections().Last().Title.Should().Be("Next Step <!-- expect: HRN004 -->");
        document.FindSection("Next Step").Should().BeNull();
    }

    [Test]
    public void A_comment_at_the_end_of_a_field_is_part_of_its_value_and_one_on_the_line_below_is_not()
    {
        var trailing = List("\n### Track A\n- Owner: coder-a <!-- expect: HRN020 -->\n").Tracks.Single();
        var below = List("\n### Track A\n- Owner: coder-a\n  <!-- expect-above: HRN020 -->\n- Status: done\n").Tracks.Single();

        trailing.Owner!.Text.Should().Be("coder-a <!-- expect: HRN020 -->");
        below.Owner!.Text.Should().Be("coder-a");
        below.Status!.Text.Should().Be("done", "the comment line below an item ends no field that follows");
    }

    [Test]
    public void A_comment_after_a_path_in_backticks_or_in_a_cell_past_the_header_changes_nothing_read()
    {
        var item = List("\n### Track A\n- Owned Files\n  - `src/a.sh` <!-- expect: HRN013 -->\n").Tracks.Single();
        const string table = "| Track | Status | Owner | Owned Files | Verify Signal | Dependencies |\n|---|---|---|---|---|---|\n";
        var row = List(table + "| A | done | coder-a | `src/a.sh` | `sh t.sh` | none | <!-- expect: HRN011 -->\n").Tracks.Single();
        var plain = List(table + "| A | done | coder-a | `src/a.sh` | `sh t.sh` | none |\n").Tracks.Single();

        item.OwnedFiles.Select(p => (p.Text, p.Location.Column)).Should().Equal(("src/a.sh", 6));
        // The extra cell is read as a column without a header: it names no field, so no rule reads it.
        Named(row).Should().Equal(Named(plain));
        row.Fields.Where(f => f.Label.Text.Length == 0).Should().ContainSingle();
        row.Dependencies.Should().BeEmpty();
    }

    private static IEnumerable<string> Named(Track track) =>
        track.Fields.Where(f => f.Label.Text.Length > 0).Select(f => $"{f.Label.Text}: {string.Join(", ", f.Values.Select(v => $"{v.Text}@{v.Location}"))}");
}
