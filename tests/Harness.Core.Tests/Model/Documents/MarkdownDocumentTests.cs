using Harness.Core.Model.Documents;

namespace Harness.Core.Tests.Model.Documents;

public sealed class MarkdownDocumentTests
{
    private static MarkdownDocument Parse(string text) => MarkdownDocument.Parse(new SourceText("a.md", text));

    [Test]
    public void Headings_match_ignoring_case_whitespace_and_backticks()
    {
        var document = Parse("# T\n\n##   `next step`  \n- one\n");

        document.FindSection("Next Step").Should().NotBeNull();
        document.FindSection("Next Step")!.Items.Single().Text.Should().Be("one");
    }

    [TestCase("## Next Step（次の 1 手）", "Next Step")]
    [TestCase("## Next Step (次の一手)", "Next Step")]
    [TestCase("## 次の一手 (Next Step)", "Next Step")]
    [TestCase("## **Next Step**:", "Next Step")]
    [TestCase("## Current Goal / 現在の目標", "Current Goal")]
    [TestCase("## 現在の目標 ／ Current Goal", "Current Goal")]
    [TestCase("## Restart Packet (Canonical Inputs)", "Restart Packet (Canonical Inputs)")]
    [TestCase("## Restart Packet（正準入力）", "Restart Packet")]
    public void A_heading_with_a_translation_is_found_by_its_english_words(string heading, string name)
    {
        var document = Parse($"# T\n\n{heading}\n- one\n");

        document.FindSection(name)!.Items.Single().Text.Should().Be("one");
    }

    [TestCase("## Restart Packet (Canonical Inputs)", "Restart Packet")]
    [TestCase("## Scope / Non-goals", "Scope")]
    [TestCase("## Next Step (one package)", "Next Step")]
    public void A_parenthesis_or_slash_in_plain_english_stays_part_of_the_heading(string heading, string other)
    {
        var document = Parse($"# T\n\n{heading}\n- one\n");

        document.FindSection(other).Should().BeNull();
    }

    [Test]
    public void A_heading_map_names_a_heading_in_another_language_wherever_it_is_looked_up()
    {
        var labels = new Harness.Core.Model.Text.LabelMap([new("未解決の問い", "Open Questions")]);
        var document = MarkdownDocument.Parse(new SourceText("a.md", "# T\n\n## 未解決の問い（メモ）\n- one\n"), labels);

        document.FindSection("Open Questions")!.Items.Single().Text.Should().Be("one");
        document.Title!.Child("open questions").Should().NotBeNull();
    }

    [Test]
    public void A_crlf_body_is_quoted_with_lf_and_its_locations_still_count_the_file()
    {
        var document = Parse("# T\r\n\r\n## Purpose\r\n- FEATURE-002 の件。\r\n- `id` です。\r\n");

        var purpose = document.FindSection("Purpose")!;
        purpose.Body.Should().Be("- FEATURE-002 の件。\n- `id` です。");
        purpose.Markdown.Should().NotContain("\r");
        purpose.LocationInBody(purpose.Body.IndexOf("`id`", StringComparison.Ordinal)).Should()
            .Be(new Harness.Core.Model.Text.SourceLocation("a.md", 5, 3));
    }

    [Test]
    public void Lines_and_columns_are_one_based_and_count_front_matter_lines()
    {
        var document = Parse("---\nfeature: FEATURE-002\n---\n# T\n\n## Goal\n  - indented\n");

        document.FrontMatter!.Get("feature")!.Location.Line.Should().Be(2);
        document.FrontMatter.Get("feature")!.Location.Column.Should().Be(10);
        var goal = document.FindSection("Goal")!;
        goal.Location.Line.Should().Be(6);
        goal.Items[0].Location.Should().Be(new Harness.Core.Model.Text.SourceLocation("a.md", 7, 5));
    }

    [Test]
    public void Malformed_front_matter_yaml_is_a_diagnostic_with_the_file_line()
    {
        var document = Parse("---\nfeature: [unclosed\n---\n# T\n");

        document.Diagnostics.Should().ContainSingle(d => d.RuleId == "HRN001");
        document.Diagnostics[0].Location.Line.Should().BeGreaterThanOrEqualTo(2);
    }

    [Test]
    public void Fuzz_unclosed_flow_mapping_in_front_matter_is_a_diagnostic_not_an_exception()
    {
        // Found by fuzz/run.sh: YamlDotNet throws InvalidOperationException, not YamlException, on "- {\n0".
        var document = Parse("---\n- {\n0\n---\n# T\n");

        document.FrontMatter.Should().BeNull();
        document.Diagnostics.Should().ContainSingle(d => d.RuleId == "HRN001" && d.Location.Line == 2);
        document.FindSection("T").Should().NotBeNull();
    }

    [Test]
    public void A_yaml_alias_bomb_is_read_as_references_without_expanding_it()
    {
        var yaml = "---\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: [*d, *d, *d, *d, *d, *d, *d, *d, *d]\n---\n# T\n";

        var document = Parse(yaml);

        document.FrontMatter!.Entries.Should().HaveCount(5);
    }

    [Test]
    public void Lists_nested_50_deep_are_read_without_recursion()
    {
        var text = "# T\n\n## Goal\n" + string.Concat(Enumerable.Range(0, 50).Select(i => new string(' ', i * 2) + "- item\n"));

        var document = Parse(text);

        var item = document.FindSection("Goal")!.Items.Single();
        var depth = 1;
        while (item.Children.Count > 0)
        {
            item = item.Children[0];
            depth++;
        }
        depth.Should().Be(50);
    }

    [Test]
    public void Markdown_nested_3000_deep_is_refused_with_its_line_not_parsed()
    {
        var text = "# T\n\n## Goal\n" + string.Concat(Enumerable.Range(0, 3000).Select(i => new string(' ', i * 2) + "- item\n"));

        MarkdownDocument.TryParse(new SourceText("a.md", text), out _, out var error).Should().BeFalse();

        error!.ToString().Should().StartWith("a.md:").And.Contain("nested too deeply");
    }

    [Test]
    public void A_table_20000_columns_wide_is_refused()
    {
        var text = "# T\n\n" + string.Concat(Enumerable.Repeat("| a ", 20_000)) + "|\n";

        MarkdownDocument.TryParse(new SourceText("a.md", text), out _, out var error).Should().BeFalse();

        error!.Location.Line.Should().Be(3);
    }

    [Test]
    public void Sections_know_their_body_and_their_subsections()
    {
        var document = Parse("# T\n\n## Tracks\nintro\n\n### Track A: One\n- Status: done\n\n## After\n");

        var tracks = document.FindSection("Tracks")!;
        tracks.Body.Should().Be("intro");
        tracks.Children.Should().ContainSingle(c => c.Title == "Track A: One");
        document.FindSection("After")!.Level.Should().Be(2);
    }
}
