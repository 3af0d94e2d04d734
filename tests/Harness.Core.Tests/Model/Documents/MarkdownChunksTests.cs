using System.Text;
using Harness.Core.Model.Documents;

namespace Harness.Core.Tests.Model.Documents;

/// <summary>
/// A long file is parsed in parts cut before headings (MarkdownChunks). The parts must read exactly as the whole: every
/// section, item, table and location the same, whatever fences, HTML blocks or front matter stand between the headings.
/// Each case is read whole and in parts as small as a line, so that every heading the scan allows is a cut.
/// </summary>
public sealed class MarkdownChunksTests
{
    private const int EveryHeading = 1;

    [Test]
    public void Every_markdown_file_of_the_repo_reads_the_same_in_parts_as_whole()
    {
        var root = RepoRoot();
        var files = new[] { "sample-repo", "handwritten-repo", "templates", "docs", "tests/Harness.Core.Tests/Lint/Fixtures" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(root, folder), "*.md", SearchOption.AllDirectories))
            .ToList();

        files.Should().HaveCountGreaterThan(100);
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            SameInParts(Path.GetRelativePath(root, file), text);
            // Twice over, so that a cut also falls where the first copy ends and the second begins.
            SameInParts(Path.GetRelativePath(root, file) + " (twice)", text + "\n" + text);
        }
    }

    [TestCase("```\n## in a fence\n```\n## after\n- a\n")]
    [TestCase("~~~~\n## in a fence\n~~~\n## still in it\n~~~~\n## after\n")]
    [TestCase("```` a\n## in\n```\n## in\n````\n## out\n")]
    [TestCase("``` not a fence `here`\n## a heading\n```\n## in a fence\n")]
    [TestCase("- item\n  ```\n## closes the item\n  ```\n## in the new fence\n```\n## out\n")]
    [TestCase("- item\n\n      ```\n## a heading\n      ```\n## another\n")]
    [TestCase("> ```\n> ## quoted in a fence\n## a heading\n")]
    [TestCase("<!-- a comment\n## in the comment\n-->\n## out\n")]
    [TestCase("<!-- one line --> \n## out\n")]
    [TestCase("<!-->\n## after an empty comment\n-->\n## out\n")]
    [TestCase("<div>\n## in the html block\n\n## out\n")]
    [TestCase("<script>\n## in\n\n## in\n</script>\n## out\n")]
    [TestCase("<pre>\n## in</pre>\n## out\n")]
    [TestCase("<?php\n## in\n?>\n## out\n")]
    [TestCase("<!DOCTYPE html\n## in\n>\n## out\n")]
    [TestCase("<![CDATA[\n## in\n]]>\n## out\n")]
    [TestCase("<3 is not html\n```\n\n## in a fence\n```\n## out\n")]
    [TestCase("  <div>\n## maybe in html\n\n## out\n")]
    [TestCase("   ```\n## in a fence\n```\n## out\n")]
    [TestCase("    ## indented code\n## a heading\n")]
    [TestCase("\t## indented code\n## a heading\n")]
    [TestCase("para\n## interrupts\nSetext\n---\n## next\n")]
    [TestCase("#no space is text\n#\n## \n###### six\n####### seven is text\n")]
    [TestCase("| a | b |\n|---|---|\n| 1 | 2 |\n## after the table\n| c |\n|---|\n| 3 |\n")]
    [TestCase("1. one\n2. two\n## h\n3. three\n")]
    [TestCase("---\nfeature: F\n# a yaml comment\n---\n# Title\n## A\n- a\n")]
    [TestCase("---\n# never closed\n## A\n")]
    [TestCase("# T\r\n\r\n## A\r\n- a\r\n```\r\n## in\r\n```\r\n## B\r\n- b\r\n")]
    public void A_file_with_blocks_a_heading_may_stand_in_reads_the_same_in_parts(string block)
    {
        var text = new StringBuilder("# Title\n\n## Start\n- first\n\n");
        for (var i = 0; i < 3; i++)
        {
            text.Append(block).Append("\n## Between ").Append(i).Append("\n- item ").Append(i).Append('\n');
        }
        SameInParts("crafted.md", text.ToString());
        SameInParts("crafted-bare.md", block);
    }

    [Test]
    public void A_long_feature_list_is_cut_into_parts_and_reads_the_same()
    {
        var text = new StringBuilder("---\nfeature: FEATURE-002\n---\n# Feature List\n\n## Tracks\n\n");
        for (var i = 1; i <= 3_000; i++)
        {
            text.Append($"### Track T{i}: part {i}\n- Status: ready\n- Owner: coder-{i}\n- Owned Files: `src/t{i}/**`\n")
                .Append($"- Verify Signal: `true`\n- Dependencies: {(i == 1 ? "none" : $"Track T{i - 1}")}\n\n");
        }

        MarkdownChunks.Split(text.ToString(), MarkdownChunks.DefaultSize).Should().HaveCountGreaterThan(5);
        SameInParts("feature-list.md", text.ToString(), MarkdownChunks.DefaultSize);
    }

    [Test]
    public void A_fence_indented_by_one_to_three_spaces_stops_the_cutting()
    {
        var text = "# T\n## A\n  ```\n## B\n## C\n";

        MarkdownChunks.Split(text, EveryHeading).Select(p => text[p.Start..p.End]).Should().Equal("# T\n", "## A\n  ```\n## B\n## C\n");
    }

    private static void SameInParts(string name, string text, int chunkSize = EveryHeading)
    {
        var whole = Dump(MarkdownDocument.Parse(new SourceText(name, text), null, int.MaxValue));
        var parts = Dump(MarkdownDocument.Parse(new SourceText(name, text), null, chunkSize));
        parts.Should().Be(whole, $"{name} must read the same in parts as whole");
    }

    private static string Dump(MarkdownDocument document)
    {
        var dump = new StringBuilder();
        dump.AppendLine($"front matter: {document.HasFrontMatter} {document.FrontMatter?.Entries.Count}");
        foreach (var diagnostic in document.Diagnostics)
        {
            dump.AppendLine($"diagnostic: {diagnostic.RuleId} {diagnostic.Location} {diagnostic.Message}");
        }
        Items(dump, "preamble", document.PreambleItems, 0);
        foreach (var section in document.AllSections())
        {
            dump.AppendLine($"section {section.Level} [{section.Title}] {section.Location} children {section.Children.Count}");
            dump.AppendLine($"  body [{section.Body}]");
            dump.AppendLine($"  markdown [{section.Markdown}] body line {section.BodyLine}");
            Items(dump, "item", section.Items, 1);
            foreach (var table in section.Tables)
            {
                dump.AppendLine($"  table {string.Join(" | ", table.Header.Select(c => $"{c.Text}@{c.Location}"))}");
                foreach (var row in table.Rows)
                {
                    dump.AppendLine($"    row {string.Join(" | ", row.Select(c => $"{c.Text}@{c.Location}"))}");
                }
            }
        }
        return dump.ToString();
    }

    private static void Items(StringBuilder dump, string what, IReadOnlyList<ListItem> items, int depth)
    {
        foreach (var item in items)
        {
            dump.AppendLine($"{new string(' ', depth * 2)}{what} [{item.Text}] {item.Location} {item.Number}");
            Items(dump, what, item.Children, depth + 1);
        }
    }

    private static string RepoRoot()
    {
        var folder = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "HarnessCli.sln")))
        {
            folder = folder.Parent;
        }
        return folder!.FullName;
    }
}
