using Harness.Core.Model.Ownership;

namespace Harness.Core.Tests.Model.Ownership;

/// <summary>
/// gitignore's meaning of `*`, `**`, `?`, classes and escapes, which owned-file globs follow (anchored at the
/// repo root, and a glob that matches a folder owns what is inside it).
/// </summary>
public sealed class GlobPatternEdgeCaseTests
{
    [TestCase("**/build.sh", "build.sh", true)]
    [TestCase("**/build.sh", "tools/build.sh", true)]
    [TestCase("**/build.sh", "a/b/c/build.sh", true)]
    [TestCase("**/build.sh", "a/rebuild.sh", false)]
    [TestCase("src/**", "src/a.sh", true)]
    [TestCase("src/**", "src/a/b/c.sh", true)]
    [TestCase("src/**", "srcx/a.sh", false)]
    [TestCase("src/**", "lib/src/a.sh", false)]
    [TestCase("src/", "src/deep/a.sh", true)]
    [TestCase("a/**/b.sh", "a/b.sh", true)]
    [TestCase("a/**/b.sh", "a/x/y/b.sh", true)]
    [TestCase("a/**/b.sh", "a/x/y/c.sh", false)]
    [TestCase("src/*.sh", "src/a.sh", true)]
    [TestCase("src/*.sh", "src/sub/a.sh", false)]
    [TestCase("src/*", "src/sub/a.sh", true)]
    [TestCase("doc[a-c].md", "docb.md", true)]
    [TestCase("doc[a-c].md", "docd.md", false)]
    [TestCase("doc[!x].md", "docy.md", true)]
    [TestCase("doc[!x].md", "docx.md", false)]
    [TestCase("doc[^x].md", "docx.md", false)]
    [TestCase("doc?.md", "doc1.md", true)]
    [TestCase("doc?.md", "doc12.md", false)]
    [TestCase("a?b", "a/b", false)]
    [TestCase("src/*", "src/.env", true)]
    [TestCase("*.yml", ".github.yml", true)]
    [TestCase(".github/**", ".github/workflows/ci.yml", true)]
    [TestCase(@"notes/\*.md", "notes/*.md", true)]
    [TestCase(@"notes/\*.md", "notes/a.md", false)]
    [TestCase(@"file\[1\].txt", "file[1].txt", true)]
    [TestCase(@"file\[1\].txt", "file1.txt", false)]
    [TestCase(@"what\?.md", "what?.md", true)]
    [TestCase(@"what\?.md", "whatx.md", false)]
    [TestCase("./src/a.sh", "src/a.sh", true)]
    [TestCase("/src/a.sh", "src/a.sh", true)]
    [TestCase("a.sh", "src/a.sh", false)]
    public void Matches_like_gitignore(string glob, string path, bool expected)
    {
        new GlobPattern(glob).Matches(path).Should().Be(expected, $"'{glob}' against '{path}'");
    }

    [TestCase("SRC/**", "src/a.sh")]
    [TestCase("doc[A-C].md", "docb.md")]
    public void Matches_ignoring_case_only_when_asked(string glob, string path)
    {
        new GlobPattern(glob).Matches(path).Should().BeFalse();
        new GlobPattern(glob, ignoreCase: true).Matches(path).Should().BeTrue();
    }

    [Test]
    public void The_index_finds_the_same_globs_as_matching_each_one()
    {
        string[] globs = ["**/build.sh", "src/**", "src/*.sh", "src/a/**/x.sh", "docs/[a-c]*.md", "README.md"];
        var index = new GlobIndex<string>();
        foreach (var glob in globs)
        {
            index.Add(glob, glob);
        }
        foreach (var path in (string[])["src/a.sh", "src/a/b/x.sh", "tools/build.sh", "docs/b1.md", "docs/d1.md", "README.md", "x"])
        {
            index.Match(path).Select(m => m.Value).Should().BeEquivalentTo(globs.Where(g => new GlobPattern(g).Matches(path)), path);
        }
    }
}
