using System.Text;
using System.Text.RegularExpressions;
using Harness.Core.Model.Artifacts;
using Harness.Core.Model.Documents;
using Harness.Core.Model.Writing;

namespace Harness.Core.Tests.Model.Writing;

public sealed class InPlaceEditTests
{
    private static readonly Regex IdPattern = new("[A-Z][A-Z0-9]*-[0-9]+");
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    private string _folder = "";

    [SetUp]
    public void CreateFolder()
    {
        _folder = Path.Combine(Path.GetTempPath(), "harness-edit", Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(_folder);
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    [Test]
    public void Replacements_by_offset_apply_from_the_end_and_leave_every_other_byte()
    {
        var edit = Open("a.md", "# 計画\n\n- 一つ目\n- two\n");

        edit.Replace(2, 4, "Plan").Should().BeTrue();
        edit.Insert(edit.Text.Length, "- 三つ目\n").Should().BeTrue();

        edit.Apply().Should().Be("# Plan\n\n- 一つ目\n- two\n- 三つ目\n");
    }

    [Test]
    public void A_replacement_by_the_same_text_is_no_change_and_nothing_is_written()
    {
        var edit = Open("a.md", "- Status: ready\n");

        edit.Replace(2, 8, "Status").Should().BeFalse();

        edit.Changed.Should().BeFalse();
    }

    [Test]
    public void The_bom_and_crlf_line_endings_are_kept_as_found()
    {
        var path = WriteBytes("note.md", [.. Bom, .. Encoding.UTF8.GetBytes("# 進捗\r\n\r\n## Next Step\r\n- 次\r\n")]);
        var edit = InPlaceEdit.Read(path, "note.md");
        var section = Parse(edit).FindSection("Next Step")!;

        edit.NewLine.Should().Be("\r\n");
        edit.ReplaceBody(section, ["- 一つ", "- 二つ"]).Should().BeTrue();
        edit.Write();

        File.ReadAllBytes(path).Should().Equal([.. Bom, .. Encoding.UTF8.GetBytes("# 進捗\r\n\r\n## Next Step\r\n- 一つ\r\n- 二つ\r\n")]);
    }

    [Test]
    public void Front_matter_present_gets_its_key_replaced_or_added_before_the_closing_line()
    {
        var edit = Open("note.md", "---\nfeature: F-1\nupdated: 2026-01-01\n---\n# 進捗\n");

        edit.SetFrontMatter([("updated", "2026-11-30"), ("commit", "abc")]).Should().BeTrue();

        edit.Apply().Should().Be("---\nfeature: F-1\nupdated: 2026-11-30\ncommit: abc\n---\n# 進捗\n");
    }

    [Test]
    public void Front_matter_absent_is_not_added_unless_asked()
    {
        var edit = Open("note.md", "# 進捗\r\n");

        edit.SetFrontMatter([("updated", "2026-11-30")]).Should().BeFalse();
        edit.Changed.Should().BeFalse();
        edit.SetOrAddFrontMatter([("feature", "F-2")]).Should().BeTrue();

        edit.Apply().Should().Be("---\r\nfeature: F-2\r\n---\r\n# 進捗\r\n");
    }

    [Test]
    public void Front_matter_that_never_closes_is_refused_naming_the_file()
    {
        var edit = Open("note.md", "---\nfeature: F-1\n# 進捗\n");

        var set = () => edit.SetFrontMatter([("updated", "x")]);

        set.Should().Throw<HarnessInputException>().WithMessage("note.md:1: *never closes*");
    }

    [Test]
    public void A_block_appended_to_a_section_lands_after_its_last_line_with_one_blank_line_before_the_next_heading()
    {
        var edit = Open("features.md", "# F\n\n## Tracks\n\n### Track A\n- Status: ready\n\n\n## Rules\n- 決まり\n");
        var tracks = Parse(edit).FindSection("Tracks")!;

        edit.AppendToSection(tracks, "\n### Track B\n- Status: ready\n");

        edit.Apply().Should().Be("# F\n\n## Tracks\n\n### Track A\n- Status: ready\n\n### Track B\n- Status: ready\n\n## Rules\n- 決まり\n");
    }

    [Test]
    public void A_block_appended_to_the_file_comes_after_one_blank_line_and_an_empty_file_gets_it_alone()
    {
        var edit = Open("CLAUDE.md", "# 指示\r\n本文  \r\n\r\n");
        edit.AppendBlock("## harness\r\n").Should().BeTrue();
        edit.Apply().Should().Be("# 指示\r\n本文  \r\n\r\n## harness\r\n");

        var empty = Open("AGENTS.md", "");
        empty.AppendBlock("## harness\n");
        empty.Apply().Should().Be("## harness\n");
    }

    [TestCase("- Status: ready")]
    [TestCase("- **Status**: ready")]
    [TestCase("- **Status:** ready")]
    [TestCase("- Status：ready")]
    [TestCase("* `Status`: ready")]
    [TestCase("- Status: ready （準備完了前）")]
    public void A_fields_value_is_replaced_on_its_line_keeping_the_labels_form(string line)
    {
        var text = $"# F\n\n## Tracks\n\n### Track A: 認証\n{line}\n- Owner: coder-a\n- Owned Files: `src/a.cs`\n- Verify Signal: `make test`\n- Dependencies: none\n";
        var edit = Open("features.md", text);
        var status = Tracks(edit).Single().Status!;

        edit.ReplaceValue(status, "done").Should().BeTrue();

        var expected = line.Replace(status.Text, "done", StringComparison.Ordinal);
        edit.Apply().Should().Be(text.Replace(line, expected, StringComparison.Ordinal));
        expected.Should().NotBe(line);
    }

    [Test]
    public void A_fields_value_in_a_table_cell_is_replaced_in_its_cell()
    {
        var text = "# F\n\n## Tracks\n\n| Track | Status | Owner | Owned Files | Verify Signal | Dependencies |\n|---|---|---|---|---|---|\n" +
            "| A | ready | coder-a | `src/a.cs` | `make test` | none |\n| B | ready | coder-b | `src/b.cs` | `make test` | A |\n";
        var edit = Open("features.md", text);
        var b = Tracks(edit).Single(t => t.Id == "B");

        edit.ReplaceValue(b.Status!, "done").Should().BeTrue();

        edit.Apply().Should().Be(text.Replace("| B | ready |", "| B | done |", StringComparison.Ordinal));
    }

    [Test]
    public void A_value_that_already_reads_the_replacement_is_no_change()
    {
        var edit = Open("features.md", "# F\n\n## Tracks\n\n### Track A\n- Status: done\n- Owner: a\n");

        edit.ReplaceValue(Tracks(edit).Single().Status!, "done").Should().BeFalse();
    }

    [Test]
    public void A_file_changed_on_disk_since_it_was_parsed_is_refused_at_open()
    {
        var path = WriteBytes("features.md", Encoding.UTF8.GetBytes("# F 変更後\n"));

        var open = () => InPlaceEdit.Open(path, "features.md", "# F\n");

        open.Should().Throw<HarnessInputException>().WithMessage("features.md: changed on disk*nothing written*");
    }

    [Test]
    public void A_file_changed_on_disk_before_the_write_is_refused_and_keeps_the_other_writers_text()
    {
        var edit = Open("note.md", "# 進捗\n");
        edit.Insert(edit.Text.Length, "- 追加\n");
        File.WriteAllText(Path.Combine(_folder, "note.md"), "# 進捗\n- 他の人\n");

        var write = edit.Write;

        write.Should().Throw<HarnessInputException>().WithMessage("note.md: changed on disk*");
        File.ReadAllText(Path.Combine(_folder, "note.md")).Should().Be("# 進捗\n- 他の人\n");
    }

    [Test]
    public void A_new_file_is_created_but_never_written_over_one_that_appeared_meanwhile()
    {
        var path = Path.Combine(_folder, "new.md");
        InPlaceEdit.Create(path, "new.md", "# 新規\n").Write();
        File.ReadAllText(path).Should().Be("# 新規\n");

        var again = () => InPlaceEdit.Create(path, "new.md", "# 別\n").Write();

        again.Should().Throw<HarnessInputException>().WithMessage("new.md: changed on disk*");
        File.ReadAllText(path).Should().Be("# 新規\n");
    }

    private InPlaceEdit Open(string name, string text)
    {
        var path = WriteBytes(name, Encoding.UTF8.GetBytes(text));
        return InPlaceEdit.Open(path, name, text);
    }

    private string WriteBytes(string name, byte[] bytes)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static MarkdownDocument Parse(InPlaceEdit edit) => MarkdownDocument.Parse(new SourceText(edit.Path, edit.Text));

    private static IReadOnlyList<Track> Tracks(InPlaceEdit edit) => new FeatureList(Parse(edit), IdPattern).Tracks;
}
