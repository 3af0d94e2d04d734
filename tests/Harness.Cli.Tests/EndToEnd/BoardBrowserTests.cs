using Harness.Cli.Tests.Board;
using Harness.Cli.Tests.Support;

namespace Harness.Cli.Tests.EndToEnd;

/// <summary>
/// The board of several agents at once (the setup of <see cref="ManyAgentsTests"/>: work trees for two tasks, one
/// file changed across features) in a real headless Chromium: the page renders to a screenshot that is not blank,
/// and its DOM holds every track and the conflict naming both sides and the file.
/// </summary>
public sealed class BoardBrowserTests
{
    [Test]
    public void The_board_of_a_cross_feature_conflict_renders_in_chromium_with_every_track_and_the_conflict()
    {
        var browser = HeadlessChromium.Require();
        using var repo = TempRepo.Sample();
        repo.Write("docs/harness/feature-list-FEATURE-003.md", ManyAgentsTests.SecondFeatureList);
        repo.CommitAll("FEATURE-003");
        repo.Harness("worktree", "add", "FEATURE-002", "--track", "B").ExitCode.Should().Be(0);
        repo.Harness("worktree", "add", "FEATURE-003", "--track", "A").ExitCode.Should().Be(0);
        var treeB = ManyAgentsTests.WorktreeOf(repo, "feature-002-b");
        var treeExport = ManyAgentsTests.WorktreeOf(repo, "feature-003-a");
        File.AppendAllText(Path.Combine(treeExport, ManyAgentsTests.AuditLog), "# export hook\n");
        repo.RunGit("-C", treeExport, "commit", "-qam", "export: hook into the audit log");
        File.AppendAllText(Path.Combine(treeB, ManyAgentsTests.AuditLog), "# refuse same assignee\n");
        var conflict = $"work tree {treeB} (FEATURE-002 Track B) and work tree {treeExport} (FEATURE-003 Track A) both changed {ManyAgentsTests.AuditLog}";

        var result = repo.Harness("board");

        result.ExitCode.Should().Be(0, result.ToString());
        var page = repo.PathOf(".harness/board.html");
        var html = File.ReadAllText(page);
        html.Should().Contain("<section class=\"conflicts\"").And.Contain(conflict);
        html.IndexOf("class=\"conflicts\"", StringComparison.Ordinal).Should().BeLessThan(html.IndexOf("class=\"task\"", StringComparison.Ordinal), "the conflicts stand at the top");
        BoardCommandTests.NetworkReferences(html).Should().BeEmpty();

        var container = Path.GetDirectoryName(repo.Root)!;
        var png = Path.Combine(container, "board.png");
        HeadlessChromium.Screenshot(browser, page, png, Path.Combine(container, "profile-screenshot"));
        var dom = HeadlessChromium.DumpDom(browser, page, Path.Combine(container, "profile-dom"));

        File.Exists(png).Should().BeTrue();
        var pixels = PngPixels.Read(png);
        pixels.Width.Should().Be(1400);
        pixels.DistinctColours().Should().BeGreaterThan(1, "a rendered page is not one colour");
        BoardCommandTests.TracksOf(dom).Should().BeEquivalentTo(["brief", "A", "B", "C", "A"], "every track of FEATURE-001, FEATURE-002 and FEATURE-003");
        dom.Should().Contain("data-task=\"FEATURE-003\"").And.Contain(conflict).And.Contain("AGT001").And.Contain("HRN028")
            .And.Contain("監査ログの書き出し", "Japanese text reaches the DOM intact");
        dom.Should().Contain($"work tree {treeB} (feature-002/b)", "Track B's card names its work tree");
    }
}
