using System.Text.Json;
using System.Text.RegularExpressions;
using Harness.Cli.Tests.Support;

namespace Harness.Cli.Tests.Board;

/// <summary>`harness board`: the page on the sample and the hand-written repo, every track on it as written, everything escaped, nothing fetched.</summary>
public sealed partial class BoardCommandTests
{
    private const string Page = ".harness/board.html";

    [Test]
    public void The_sample_board_holds_every_track_the_next_steps_and_no_network_reference()
    {
        using var repo = TempRepo.Sample();

        var result = repo.Harness("board");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Output.Should().Be($"wrote {repo.PathOf(Page)}: 2 task(s), 4 track(s), 0 conflict(s)\n");
        var page = repo.Read(Page);
        TracksOf(page).Should().BeEquivalentTo("brief", "A", "B", "C");
        page.Should().Contain("<meta charset=\"utf-8\">")
            .And.Contain("Next Step: <q>Add a test that a refused change leaves the log unchanged, then mark Track B done.</q>")
            .And.Contain("<svg class=\"graph\"").And.Contain("marker-end=\"url(#arrow-1)\"");
        NetworkReferences(page).Should().BeEmpty("the page is self-contained");
        Approval.Verify("board-sample-html", Ages().Replace(page, "$1<age>$2"), repo);
    }

    [Test]
    public void The_handwritten_board_shows_every_track_of_every_task_with_its_japanese_text_intact()
    {
        using var repo = TempRepo.Handwritten();
        var status = repo.Harness("status", "--format", "json");

        var result = repo.Harness("board", "--out", "board/index.html");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Output.Should().StartWith($"wrote {repo.PathOf("board/index.html")}: ");
        var page = repo.Read("board/index.html");
        using var tasks = JsonDocument.Parse(status.Output);
        var expected = tasks.RootElement.GetProperty("tasks").EnumerateArray().SelectMany(t => t.GetProperty("tracks").EnumerateArray()).ToList();
        expected.Should().NotBeEmpty();
        foreach (var track in expected)
        {
            var title = track.GetProperty("title").GetString()!;
            page.Should().Contain($"data-track=\"{track.GetProperty("id").GetString()}\"").And.Contain($": {Escaped(title)}</p>");
        }
        page.Should().MatchRegex("[\\p{IsHiragana}\\p{IsKatakana}\\p{IsCJKUnifiedIdeographs}]", "Japanese text is written as itself, not as character references");
        NetworkReferences(page).Should().BeEmpty();
    }

    [Test]
    public void A_title_with_markup_shows_as_text()
    {
        using var repo = TempRepo.Sample();
        repo.Edit("docs/harness/feature-list.md", "### Track C: Verification And Docs Sync", "### Track C: <script>alert('x')</script> & \"確認\"");
        repo.Edit("tasks/FEATURE-002-progress.md", "then mark Track B done.", "then mark Track B done. <img src=x onerror=alert(1)>");

        var result = repo.Harness("board");

        result.ExitCode.Should().Be(0, result.ToString());
        var page = repo.Read(Page);
        page.Should().Contain("C: &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;確認&quot;")
            .And.Contain("&lt;img src=x onerror=alert(1)&gt;")
            .And.NotContain("<script").And.NotContain("<img");
    }

    [Test]
    public void A_base_git_does_not_know_leaves_the_agents_off_and_still_writes_every_task()
    {
        using var repo = TempRepo.Sample();
        repo.RunGit("branch", "-m", "trunk");

        var result = repo.Harness("board", "--out", "board.html");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Error.Should().Be("harness: the page shows no agents or conflicts: base main (from harness's default) names no commit git knows; " +
            "set base: in harness.yml to the branch the tracks merge into\n");
        repo.Read("board.html").Should().Contain("data-task=\"FEATURE-002\"").And.Contain("data-track=\"C\"");
    }

    [Test]
    public void Out_naming_a_folder_is_one_line_of_error()
    {
        using var repo = TempRepo.Sample();
        Directory.CreateDirectory(repo.PathOf("site"));

        var result = repo.Harness("board", "--out", "site");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Be($"harness: --out {repo.PathOf("site")}: is a folder; give the file to write the page to\n");
        result.Output.Should().BeEmpty();
    }

    [Test]
    public void Watch_writes_the_page_again_when_the_note_changes_and_ends_with_zero_on_cancel()
    {
        using var repo = TempRepo.Sample();
        using var output = new StringWriter();
        using var error = new StringWriter();
        var lines = TextWriter.Synchronized(output);
        using var stop = new CancellationTokenSource();
        var run = Task.Run(() => HarnessApp.Run(["board", "--watch"], lines, TextWriter.Synchronized(error), repo.Root, cancellation: stop.Token));

        WaitFor(() => Written(output) >= 1, run, error).Should().BeTrue(error.ToString());
        repo.Read(Page).Should().Contain("then mark Track B done.");
        repo.Edit("tasks/FEATURE-002-progress.md", "then mark Track B done.", "then ask the reviewer (レビュー依頼).");
        WaitFor(() => Written(output) >= 2, run, error).Should().BeTrue(error.ToString());
        var page = repo.Read(Page);
        stop.Cancel();

        run.Wait(TimeSpan.FromSeconds(20)).Should().BeTrue("cancellation ends the watch");
        run.Result.Should().Be(0);
        page.Should().Contain("then ask the reviewer (レビュー依頼).");
        Written(output).Should().Be(2, "nothing else changed: " + output);
        error.ToString().Should().BeEmpty();
    }

    private static int Written(StringWriter output)
    {
        lock (output)
        {
            return output.ToString().Split('\n').Count(l => l.StartsWith("wrote ", StringComparison.Ordinal));
        }
    }

    private static bool WaitFor(Func<bool> done, Task run, StringWriter error)
    {
        var until = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < until && !run.IsCompleted)
        {
            if (done())
            {
                return true;
            }
            Thread.Sleep(50);
        }
        return done();
    }

    internal static IReadOnlyList<string> TracksOf(string page) =>
        CardTrack().Matches(page).Select(m => m.Groups[1].Value).ToList();

    /// <summary>What a browser would fetch: a script, a style sheet, an image or font, a frame, an import.</summary>
    internal static IReadOnlyList<string> NetworkReferences(string page) =>
        FetchingMarkup().Matches(page).Select(m => m.Value).ToList();

    private static string Escaped(string text) =>
        text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\"", "&quot;").Replace("'", "&#39;");

    [GeneratedRegex("<article class=\"card [a-z-]+\" data-track=\"([^\"]*)\"")]
    private static partial Regex CardTrack();

    [GeneratedRegex(@"<script|<link|<img|<iframe|\ssrc=|\shref=|@import|url\((?!#)|@font-face", RegexOptions.IgnoreCase)]
    private static partial Regex FetchingMarkup();

    [GeneratedRegex("(<time datetime=\"[^\"]*\">)[^<]*(</time>)")]
    private static partial Regex Ages();
}
