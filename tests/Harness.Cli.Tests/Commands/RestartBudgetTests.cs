using System.Text.Json;
using Harness.Cli.Tests.Mcp;
using Harness.Cli.Tests.Support;

namespace Harness.Cli.Tests.Commands;

/// <summary>
/// Issue 16 item 7: a prompt that fits its reader. A track's prompt quotes its own track in full and every other
/// track in one line, says nothing twice, and `--max-chars` leaves out whole sections, the least needed first.
/// </summary>
public sealed class RestartBudgetTests
{
    private const string FeatureList = "docs/harness/feature-list.md";

    [Test]
    public void A_track_prompt_quotes_its_own_track_in_full_and_the_others_in_one_line_with_the_files_that_touch_its_own()
    {
        using var repo = TempRepo.Sample();

        var result = repo.Harness("restart", "FEATURE-002", "--track", "B", "--allow-incomplete");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Output.Should().Contain($"### Track B ({FeatureList}:35)\n> ### Track B: Assignment Change Audit Log\n")
            .And.Contain("### Other tracks, one line each (id | owner | status | dependencies | verify | owned files that touch yours)\n" +
                $"- A | coder-a | done | none | unknown | src/support_hub/common.sh ({FeatureList}:15)\n" +
                $"- C | reviewer / verifier | ready-after-a-and-b | A, B | none | none ({FeatureList}:55)\n")
            .And.NotContain("### Track A (").And.NotContain("### Track C (");
    }

    [TestCase("FEATURE-002", "--track", "B", "--allow-incomplete")]
    [TestCase("FEATURE-002")]
    [TestCase("FEATURE-001", "--allow-incomplete")]
    public void No_line_is_said_twice(params string[] args)
    {
        using var repo = TempRepo.Sample();

        var result = repo.Harness(["restart", .. args]);

        result.ExitCode.Should().Be(0, result.ToString());
        result.Output.Should().NotContain("### Progress Note: Last Verify", "the verify results say it, with the note's file and line")
            .And.NotContain("### Progress Note: Open Questions", "the Open Questions section says it")
            .And.NotContain("### Plan: Approval Gates", "the Approval Gates section says it");
        var said = result.Output.Split('\n').Select(l => l.TrimStart('>', ' ', '-')).Where(l => l.Length > 40);
        said.GroupBy(l => l).Where(g => g.Count() > 1).Select(g => g.Key).Should().BeEmpty();
    }

    [Test]
    public void The_prompt_of_one_track_of_ten_stays_well_under_10000_characters()
    {
        using var repo = FeatureOf(10);

        var result = repo.Harness("restart", "FEATURE-002", "--track", "T5", "--allow-incomplete");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Output.Length.Should().BeLessThan(8000);
        result.Output.Should().Contain("### Track T5 (").And.Contain("- T4 | coder-4 | in-progress | T3 | none | src/support_hub/common.sh (");
    }

    [Test]
    public void Max_chars_leaves_out_whole_sections_least_needed_first_and_says_which_and_how_to_read_the_prompt_whole()
    {
        using var repo = TempRepo.Sample();
        var whole = repo.Harness("restart", "FEATURE-002").Output;

        var result = repo.Harness("restart", "FEATURE-002", "--max-chars", "6000");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Output.Length.Should().BeLessThanOrEqualTo(6000);
        result.Output.Should().Contain("\n## Cut to fit 6,000 characters\nLeft out whole, least needed first: ")
            .And.Contain("Handoff Contract (docs/harness/restart-protocol.md:35)")
            .And.Contain("Read the prompt whole with `harness restart FEATURE-002 --out FILE`, then read FILE")
            .And.Contain("### Progress Note: Next Step (").And.Contain("## Restart Output (").And.Contain("## Latest Verify Results");
        result.Output.Should().NotContain("\n## Handoff Contract (");
        foreach (var section in Sections(result.Output).Where(s => !s.StartsWith("## Cut to fit", StringComparison.Ordinal)))
        {
            whole.Should().Contain(section, "a section is left out whole or kept whole, never cut in half");
        }
    }

    [Test]
    public void A_prompt_within_its_budget_is_left_whole()
    {
        using var repo = TempRepo.Sample();

        var whole = repo.Harness("restart", "FEATURE-002");
        var budgeted = repo.Harness("restart", "FEATURE-002", "--max-chars", "20000");

        budgeted.Output.Should().Be(whole.Output);
    }

    [Test]
    public void Max_chars_with_json_or_not_positive_is_a_usage_error()
    {
        using var repo = TempRepo.Sample();

        var json = repo.Harness("restart", "FEATURE-002", "--format", "json", "--max-chars", "5000");
        var zero = repo.Harness("restart", "FEATURE-002", "--max-chars", "0");

        json.ExitCode.Should().Be(2);
        json.Error.Should().Contain("--max-chars fits the markdown prompt; --format json gives the whole packet");
        zero.ExitCode.Should().Be(2);
        zero.Error.Should().Contain("--max-chars takes a positive number of characters, not 0");
    }

    [Test]
    public void The_session_start_hook_that_init_installs_fits_its_prompt_into_9500_characters()
    {
        using var repo = FeatureOf(50);
        repo.Harness("init", "--agent", "claude").ExitCode.Should().Be(0);
        var hook = JsonDocument.Parse(repo.Read(".claude/settings.json")).RootElement
            .GetProperty("hooks").GetProperty("SessionStart")[0].GetProperty("hooks")[0].GetProperty("command").GetString()!;

        // The client's shell expands $CLAUDE_PROJECT_DIR to the project; in-process it is the repo's root.
        var result = repo.Harness(hook.Replace("\"$CLAUDE_PROJECT_DIR\"", repo.Root, StringComparison.Ordinal).Split(' ')[1..]);

        hook.Should().Contain("--max-chars 9500 ");
        result.ExitCode.Should().Be(0, result.ToString());
        result.Output.Length.Should().BeLessThanOrEqualTo(9500);
        result.Output.Should().Contain("## Cut to fit 9,500 characters");
    }

    [Test]
    public async Task Mcp_returns_a_prompt_that_fits_its_page_whole_and_a_longer_one_without_cutting_a_section_in_half()
    {
        using var repo = FeatureOf(50);
        await using var session = await McpSession.StartAsync(repo.Root);

        var (small, _) = await session.CallAsync("restart", new() { ["id"] = "FEATURE-001", ["allowIncomplete"] = true });
        var (large, _) = await session.CallAsync("restart", new() { ["id"] = "FEATURE-002", ["track"] = "T5", ["allowIncomplete"] = true });
        var whole = repo.Harness("restart", "FEATURE-002", "--track", "T5", "--allow-incomplete").Output;

        small.Should().NotContain("## Cut to fit").And.NotContain("[harness: characters");
        whole.Length.Should().BeGreaterThan(8000, "the prompt of one track of fifty does not fit a page of 8,000 whole");
        large.Length.Should().BeLessThanOrEqualTo(8000);
        large.Should().Contain("## Cut to fit ").And.NotContain("[harness: characters");
        foreach (var section in Sections(large[(large.IndexOf("--- stdout\n", StringComparison.Ordinal) + 11)..]).Where(s => !s.StartsWith("## Cut to fit", StringComparison.Ordinal)))
        {
            whole.Should().Contain(section);
        }
    }

    /// <summary>The sample with a feature of <paramref name="count"/> tracks, each written as the sample writes one; T(i) depends on T(i-1), and T4 to T6 share common.sh.</summary>
    internal static TempRepo FeatureOf(int count)
    {
        var repo = TempRepo.Sample();
        var tracks = string.Concat(Enumerable.Range(1, count).Select(i =>
            $"### Track T{i}: Module {i} Of The Support Hub\n- Status\n  - {(i < 4 ? "done" : "in-progress")}\n- Owner\n  - coder-{i}\n" +
            $"- Goal\n  - Module {i} logs every change it makes, refuses a no-op change, and keeps its tests green.\n" +
            $"- Entry Criteria\n  - The plan's scope is frozen and Track T{Math.Max(1, i - 1)} has merged.\n" +
            $"- Owned Files\n  - `src/support_hub/module_{i}.sh`\n  - `tests/test_module_{i}.sh`\n{(i is >= 4 and <= 6 ? "  - `src/support_hub/common.sh`\n" : "")}" +
            $"- Verify Signal\n  - `sh tests/test_module_{i}.sh` passes.\n- Exit Signal\n  - Every change of module {i} is logged and tested.\n" +
            $"- Dependencies\n  - {(i == 1 ? "none" : $"Track T{i - 1}")}\n\n"));
        repo.Write(FeatureList, $"---\nfeature: FEATURE-002\n---\n# Feature List\n\n## Purpose\n- FEATURE-002 in {count} tracks.\n\n## Tracks\n\n{tracks}" +
            "## Shared File Rule\n- none\n");
        repo.Write("tasks/FEATURE-002-progress.md", repo.Read("tasks/FEATURE-002-progress.md").Replace("# FEATURE-002 Progress Note", "---\ntrack: T5\n---\n# FEATURE-002 Progress Note"));
        repo.CommitAll($"{count} tracks");
        return repo;
    }

    /// <summary>Each `##` or `###` section of a prompt, from its heading up to the next heading.</summary>
    private static IEnumerable<string> Sections(string prompt)
    {
        var lines = prompt.Split('\n');
        var starts = Enumerable.Range(0, lines.Length).Where(i => lines[i].StartsWith("## ", StringComparison.Ordinal) || lines[i].StartsWith("### ", StringComparison.Ordinal)).ToList();
        for (var k = 0; k < starts.Count; k++)
        {
            var end = k + 1 < starts.Count ? starts[k + 1] : lines.Length;
            yield return string.Join('\n', lines[starts[k]..end]).TrimEnd('\n');
        }
    }
}
