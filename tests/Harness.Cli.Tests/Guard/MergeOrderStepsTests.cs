using System.Text.Json;
using Harness.Cli.Tests.Support;

namespace Harness.Cli.Tests.Guard;

/// <summary>
/// The plan's Merge Order as people write it (docs/format.md, "Merge Order"): numbered steps in prose that name
/// tracks, their owners or roles; read by `order`, and by assess from the same schedule.
/// </summary>
public sealed class MergeOrderStepsTests
{
    private const string Task = "FEATURE-007";
    private const string PlanPath = "tasks/FEATURE-007-plan.md";
    private const string ListPath = "docs/harness/feature-list.md";

    /// <summary>The book's steps: the planner, the two coders by owner, the reviewer, the verifier.</summary>
    private static readonly string[] ByOwners =
    [
        "1. planner が Track A / B / C と owner を決める",
        "2. `coder-a` と `coder-b` が並行して進める",
        "3. reviewer が差分を確認する",
        "4. verifier が verify を実行して結果を残す",
        "5. 統合して exit state を決める",
    ];

    private const string Expected =
        "name a track of the feature list (Track A, B, C) or its owner (coder-a, coder-b, reviewer / verifier)";

    [Test]
    public void Owners_working_side_by_side_share_a_step_after_the_planners_and_the_reviewer_verifier_track_merges_once()
    {
        using var repo = Repo(ByOwners);

        var result = repo.Harness("order", Task);

        result.ExitCode.Should().Be(0, result.ToString());
        result.Output.Should().Be(
            "FEATURE-007 merge order:\n" +
            "1. planner: planner が Track A / B / C と owner を決める\n" +
            "2. coder: Track A (coder-a, in-progress) | Track B (coder-b, in-progress)\n" +
            "3. reviewer: Track C (reviewer / verifier, ready-after-a-and-b)\n" +
            "4. verifier: verifier が verify を実行して結果を残す\n" +
            "5. 統合して: 統合して exit state を決める\n");
    }

    [Test]
    public void Owners_example_as_json_lists_each_track_in_one_step()
    {
        using var repo = Repo(ByOwners);

        var result = repo.Harness("order", Task, "--format", "json");

        result.ExitCode.Should().Be(0, result.ToString());
        using var json = JsonDocument.Parse(result.Output);
        var steps = json.RootElement.GetProperty("steps").EnumerateArray()
            .Select(s => (Phase: s.GetProperty("phase").GetString(), Tracks: string.Join(",", s.GetProperty("tracks").EnumerateArray().Select(t => t.GetProperty("id").GetString()))))
            .ToList();
        steps.Should().Equal(("planner", ""), ("coder", "A,B"), ("reviewer", "C"), ("verifier", ""), ("統合して", ""));
    }

    [Test]
    public void Check_passes_for_a_track_whose_side_by_side_partner_is_unfinished()
    {
        using var repo = Repo(ByOwners);

        var b = repo.Harness("order", Task, "--check", "B");
        var c = repo.Harness("order", Task, "--check", "C");

        b.ExitCode.Should().Be(0, b.ToString());
        b.Output.Should().EndWith("Track B may merge: nothing must merge before it\n");
        c.ExitCode.Should().Be(1, c.ToString());
        c.Output.Should().EndWith("Track C may not merge yet: Track A (coder-a, in-progress) must merge first; Track B (coder-b, in-progress) must merge first\n");
    }

    [Test]
    public void A_plan_with_crlf_and_a_bom_reads_the_same()
    {
        using var repo = Repo(ByOwners);
        repo.Write(PlanPath, "\uFEFF" + repo.Read(PlanPath).Replace("\n", "\r\n", StringComparison.Ordinal));

        var result = repo.Harness("order", Task);

        result.ExitCode.Should().Be(0, result.ToString());
        result.Output.Should().Contain("2. coder: Track A (coder-a, in-progress) | Track B (coder-b, in-progress)\n3. reviewer: Track C");
    }

    [TestCase("1. planner fixes Track A / B / C and their owners", "planner fixes Track A / B / C and their owners")]
    [TestCase("1. The planner fixes Tracks A, B and C.", "The planner fixes Tracks A, B and C.")]
    [TestCase("1. planner: Track A / B / C と owner を決める", "Track A / B / C と owner を決める")]
    [TestCase("1. plannerがTrack A / B / C を決める", "plannerがTrack A / B / C を決める")]
    public void The_planners_step_merges_no_track_whatever_it_mentions(string step, string shown)
    {
        using var repo = Repo(step, "2. Track A | Track B", "3. reviewer: Track C");

        var result = repo.Harness("order", Task);

        result.ExitCode.Should().Be(0, result.ToString());
        result.Output.Should().StartWith($"FEATURE-007 merge order:\n1. planner: {shown}\n2. coder: Track A (coder-a, in-progress) | Track B (coder-b, in-progress)\n");
    }

    [Test]
    public void A_role_step_then_names_its_tracks_in_order()
    {
        using var repo = Repo("1. planner: この plan と feature list を固定する。", "2. coders: Track A, then Track B", "3. reviewer: Track C が差分を確認する。");

        var result = repo.Harness("order", Task);

        result.ExitCode.Should().Be(0, result.ToString());
        result.Output.Should().Be(
            "FEATURE-007 merge order:\n" +
            "1. planner: この plan と feature list を固定する。\n" +
            "2. coders: Track A (coder-a, in-progress)\n" +
            "3. coders: Track B (coder-b, in-progress)\n" +
            "4. reviewer: Track C (reviewer / verifier, ready-after-a-and-b)\n");
        repo.Harness("order", Task, "--check", "B").Output.Should().EndWith("Track B may not merge yet: Track A (coder-a, in-progress) must merge first\n");
    }

    [TestCase("2. Track A and Track B in parallel")]
    [TestCase("2. Track A | Track B")]
    [TestCase("2. Track A と Track B を並行して進める")]
    [TestCase("2. Tracks A and B, side by side")]
    [TestCase("2. トラック A とトラック B を並行して進める")]
    [TestCase("2. `coder-a` と `coder-b` が並行して進める（注: 触るファイルは重ならない）")]
    public void Tracks_named_side_by_side_share_one_step(string step)
    {
        using var repo = Repo("1. planner が Track A / B / C と owner を決める", step, "3. reviewer: Track C");

        var result = repo.Harness("order", Task);

        result.ExitCode.Should().Be(0, result.ToString());
        result.Output.Should().Contain("\n2. coder: Track A (coder-a, in-progress) | Track B (coder-b, in-progress)\n3. reviewer: Track C (");
    }

    [Test]
    public void An_owner_written_with_a_name_aside_is_named_by_its_owner_id()
    {
        using var repo = Repo("1. planner: 計画を固定する", "2. coder-b の後に coder-a", "3. reviewer: Track C");
        repo.Edit(ListPath, "  - coder-a\n", "  - coder-a（田中）\n");

        var result = repo.Harness("order", Task);

        result.ExitCode.Should().Be(0, result.ToString());
        result.Output.Should().Contain("\n2. coder: Track B (coder-b, in-progress)\n3. coder: Track A (coder-a（田中）, in-progress)\n4. reviewer: Track C");
    }

    [TestCase("2. Track A → Track B")]
    [TestCase("2. Track A の後に Track B")]
    [TestCase("2. Track B after Track A")]
    [TestCase("2. After Track A merges, Track B")]
    [TestCase("2. Track A before Track B")]
    public void Order_words_put_one_track_before_the_other(string step)
    {
        using var repo = Repo("1. planner: 計画を固定する", step, "3. reviewer: Track C");

        var result = repo.Harness("order", Task);

        result.ExitCode.Should().Be(0, result.ToString());
        result.Output.Should().MatchRegex(@"\n2\. [^\n]*: Track A \(coder-a, in-progress\)\n3\. [^\n]*: Track B \(coder-b, in-progress\)\n4\. reviewer: Track C \(");
    }

    [Test]
    public void An_unknown_track_in_a_step_is_refused_with_its_file_and_line_and_lint_reports_it()
    {
        using var repo = Repo("1. planner が Track A / B / C と owner を決める", "2. Track A と Track Z を並行して進める", "3. reviewer: Track C");
        var line = LintRun.LineOf(repo, PlanPath, "2. Track A と Track Z");
        var column = "2. Track A と Track Z".IndexOf("Track Z", StringComparison.Ordinal) + 1;

        var order = repo.Harness("order", Task);
        var (_, findings) = LintRun.Json(repo);

        order.ExitCode.Should().Be(2, order.ToString());
        order.Output.Should().BeEmpty();
        order.Error.Should().Be(
            $"harness: {PlanPath}({line},{column}): error HRN025: the Merge Order step names Track Z, which {ListPath} does not list; {Expected}\n");
        var finding = LintAssert.Single(findings, "HRN025", PlanPath, line);
        finding.Severity.Should().Be("error");
        finding.Column.Should().Be(column);
        LintAssert.OnlyRule(findings, "HRN025");
    }

    [Test]
    public void An_owner_that_owns_no_track_is_refused_too()
    {
        using var repo = Repo("1. planner: 計画を固定する", "2. `coder-a` と `coder-z` が並行して進める", "3. reviewer: Track C");
        var line = LintRun.LineOf(repo, PlanPath, "`coder-z`");
        var column = "2. `coder-a` と `coder-z`".IndexOf("coder-z", StringComparison.Ordinal) + 1;

        var order = repo.Harness("order", Task, "--check", "B");
        var (_, findings) = LintRun.Json(repo);

        order.ExitCode.Should().Be(2, order.ToString());
        order.Error.Should().Be(
            $"harness: {PlanPath}({line},{column}): error HRN025: the Merge Order step names 'coder-z', which owns no track of {ListPath}; {Expected}\n");
        LintAssert.Single(findings, "HRN025", PlanPath, line);
    }

    [TestCase("2. Tracks A and Z side by side", "Z", "the Merge Order step names 'Z' in a list of tracks, which docs/harness/feature-list.md does not list; " + Expected)]
    [TestCase("2. coder-a と coder-z が並行して進める", "coder-z", "the Merge Order step names 'coder-z', which owns no track of docs/harness/feature-list.md; " + Expected)]
    [TestCase("2. Track A, then the review, after Track B", "then", "the Merge Order step orders two tracks both ways ('then' and 'after'); write one order, such as \"Track A, then Track B\"")]
    public void Other_unreadable_steps_name_what_they_got_wrong(string step, string at, string message)
    {
        using var repo = Repo("1. planner: 計画を固定する", step, "3. reviewer: Track C");
        var line = LintRun.LineOf(repo, PlanPath, step);

        var order = repo.Harness("order", Task);

        order.ExitCode.Should().Be(2, order.ToString());
        order.Error.Should().Be($"harness: {PlanPath}({line},{step.IndexOf(at, StringComparison.Ordinal) + 1}): error HRN025: {message}\n");
    }

    [Test]
    public void A_step_that_names_nothing_harness_knows_is_a_step_of_its_own()
    {
        using var repo = Repo("1. planner: 計画を固定する", "2. Track A | Track B", "3. reviewer: Track C", "4. Integrate and decide the exit state.", "5. 統合して exit state を決める");

        var result = repo.Harness("order", Task);
        var (_, findings) = LintRun.Json(repo);

        result.ExitCode.Should().Be(0, result.ToString());
        result.Output.Should().EndWith("4. integrate: Integrate and decide the exit state.\n5. 統合して: 統合して exit state を決める\n");
        findings.Should().NotContain(f => f.RuleId == "HRN025");
    }

    [TestCase(new[] { "1. planner が Track A / B / C と owner を決める", "2. `coder-a` と `coder-b` が並行して進める", "3. reviewer が差分を確認する" }, "A,B")]
    [TestCase(new[] { "1. planner: 計画を固定する", "2. coders: Track A, then Track B", "3. reviewer: Track C" }, "A")]
    public void Assess_runs_in_parallel_exactly_the_unfinished_tracks_of_orders_first_unfinished_step(string[] steps, string parallel)
    {
        using var repo = Repo(steps);
        repo.RunGit("init", "-q", "-b", "main");
        repo.RunGit("config", "user.email", "test@example.com");
        repo.RunGit("config", "user.name", "Test");
        repo.RunGit("config", "commit.gpgsign", "false");
        repo.CommitAll("feature");
        repo.Harness("verify", Task, "--all").ExitCode.Should().Be(0);

        var assess = repo.Harness("assess", Task, "--format", "json");
        var order = repo.Harness("order", Task, "--format", "json");

        assess.ExitCode.Should().Be(0, assess.ToString());
        using var assessment = JsonDocument.Parse(assess.Output);
        using var sequence = JsonDocument.Parse(order.Output);
        assessment.RootElement.GetProperty("verdict").GetString().Should().Be("multi-agent", assess.Output);
        var now = assessment.RootElement.GetProperty("parallel").EnumerateArray().Select(t => t.GetString()).ToList();
        var firstUnfinished = sequence.RootElement.GetProperty("steps").EnumerateArray()
            .Select(s => s.GetProperty("tracks").EnumerateArray().Where(t => !t.GetProperty("finished").GetBoolean()).Select(t => t.GetProperty("id").GetString()).ToList())
            .First(s => s.Count > 0);
        now.Should().Equal(firstUnfinished);
        string.Join(",", now).Should().Be(parallel);
    }

    [TestCase("2. coders: Track A, then Track B", false)]
    [TestCase("2. Track A と Track B を並行して進める", true)]
    public void Lint_restart_and_assess_see_a_collision_only_between_tracks_the_merge_order_runs_side_by_side(string step, bool collide)
    {
        using var repo = Repo("1. planner: 計画を固定する", step, "3. reviewer: Track C");
        foreach (var own in new[] { "src/export.sh", "src/audit.sh" })
        {
            repo.Edit(ListPath, $"  - `{own}`\n", $"  - `{own}`\n  - `src/common.sh`\n")
                .Edit(PlanPath, $"| `{own}` |", $"| `{own}`, `src/common.sh` |");
        }

        var (_, findings) = LintRun.Json(repo);
        var restart = repo.Harness("restart", Task);
        var assess = repo.Harness("assess", Task, "--format", "json");

        findings.Any(f => f.RuleId == "HRN013").Should().Be(collide, string.Join('\n', findings));
        restart.Error.Contains("RST004: Track A and Track B can run at the same time and both own src/common.sh", StringComparison.Ordinal)
            .Should().Be(collide, restart.ToString());
        using var assessment = JsonDocument.Parse(assess.Output);
        var disjoint = assessment.RootElement.GetProperty("criteria").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "disjoint owned files");
        disjoint.GetProperty("met").GetBoolean().Should().Be(!collide, assess.Output);
    }

    /// <summary>
    /// A repo with a feature list and plan written by hand: Track A (coder-a) and B (coder-b) in progress, Track C
    /// (reviewer / verifier) after both; the plan's Merge Order is <paramref name="steps"/>.
    /// </summary>
    private static TempRepo Repo(params string[] steps)
    {
        var repo = TempRepo.Empty();
        repo.Write(ListPath, """
            # Feature List

            ## Purpose
            - FEATURE-007（チケットの CSV 書き出しと担当変更の監査ログ）を session をまたいでも壊さないための地図。

            ## Operating Rules
            - 一度に閉じる track は 1 つだけ。verify のたびに Progress Note を更新する。

            ## Tracks

            ### Track A: CSV 書き出し
            - Status
              - in-progress
            - Owner
              - coder-a
            - Owned Files
              - `src/export.sh`
            - Verify Signal
              - `sh tests/run.sh` が通ること。
            - Dependencies
              - none

            ### Track B: 監査ログ
            - Status
              - in-progress
            - Owner
              - coder-b
            - Owned Files
              - `src/audit.sh`
            - Verify Signal
              - `sh tests/run.sh` が通ること。
            - Dependencies
              - none

            ### Track C: レビューと docs 同期
            - Status
              - ready-after-a-and-b
            - Owner
              - reviewer / verifier
            - Owned Files
              - `docs/desk.md`
            - Verify Signal
              - `sh tests/run.sh` がすべて成功すること。
            - Dependencies
              - Track A
              - Track B

            ## Shared File Rule
            - `tests/run.sh`：どの track も変更しない。

            ## Stop Instead Of Parallelizing
            - owner が決まっていない track がある。

            """);
        repo.Write(PlanPath, $"""
            # FEATURE-007 Plan

            ## Goal
            - チケットを CSV で書き出し、担当変更を監査ログに残す。

            ## Scope
            - `src/export.sh` と `src/audit.sh`、説明は `docs/desk.md`。

            ## Non-goals
            - UI は作らない。

            ## Workstreams
            | Track | Owner | Goal | Owned Files | Verify | Exit Signal |
            |---|---|---|---|---|---|
            | A | coder-a | CSV 書き出し | `src/export.sh` | `sh tests/run.sh` | テストが通る |
            | B | coder-b | 監査ログ | `src/audit.sh` | `sh tests/run.sh` | テストが通る |
            | C | reviewer / verifier | レビューと docs | `docs/desk.md` | `sh tests/run.sh` | docs が実装と一致 |

            ## Shared File Rule
            - `tests/run.sh`：どの track も変更しない。

            ## Merge Order
            {string.Join("\n", steps)}

            ## Approval Gates
            - none

            """);
        repo.Write("tasks/FEATURE-007-progress.md", """
            # FEATURE-007 Progress Note

            ## Status
            - in-progress

            ## Current Goal
            - Track A と Track B を並行して進める。

            ## Last Verify
            - none

            ## Next Step
            - `src/export.sh` に CSV の見出し行を足す。

            """);
        repo.Write("tests/run.sh", "exit 0\n");
        return repo;
    }
}
