using System.Text;
using Harness.Cli.Tests.Support;
using Harness.Core.Model.Templates;

namespace Harness.Cli.Tests.Lint;

public sealed class PlaceholderAndLastVerifyRuleTests
{
    private const string Brief = "tasks/BUG-002-brief.md";
    private const string Note = "tasks/BUG-002-progress.md";

    [Test]
    public void HRN024_a_fresh_scaffold_passes_the_default_threshold_and_fails_the_warning_threshold_one_finding_a_placeholder_line()
    {
        using var repo = TempRepo.Git();
        repo.Harness("init").ExitCode.Should().Be(0);
        repo.Harness("new", "FEATURE-003", "--title", "担当者で並び替える", "--track", "A:coder-a", "--track", "B:coder-b").ExitCode.Should().Be(0);
        repo.Harness("new", "BUG-001", "--title", "落ちる不具合を直す", "--single-agent").ExitCode.Should().Be(0);

        var (result, findings) = LintRun.Json(repo);
        var strict = repo.Harness("lint", "--severity-threshold", "warning");

        result.ExitCode.Should().Be(0, result.ToString());
        strict.ExitCode.Should().Be(1, strict.ToString());
        var placeholders = findings.Where(f => f.RuleId == "HRN024").ToList();
        placeholders.Should().OnlyContain(f => f.Severity == "warning" && f.Message.Contains("replace this placeholder sentence with ", StringComparison.Ordinal));
        var expected = new[] { "docs/harness/feature-list.md", "tasks/FEATURE-003-plan.md", "tasks/BUG-001-brief.md" }
            .SelectMany(file => repo.Read(file).Split('\n').Select((line, i) => (file, line, i + 1)))
            .Where(l => ScaffoldPlaceholders.All.Any(p => l.line.Contains(p.Sentence, StringComparison.Ordinal)))
            .Select(l => (l.file, l.Item3))
            .ToList();
        expected.Should().HaveCountGreaterThan(10);
        placeholders.Select(f => (f.File, f.Line)).Should().BeEquivalentTo(expected, string.Join('\n', findings));
        var scope = placeholders.Single(f => f.File == "tasks/FEATURE-003-plan.md" && f.Line == 7);
        scope.Column.Should().Be(3);
        scope.Message.Should().Be("\"Write what this task changes, one bullet a part.\" is a placeholder harness wrote; replace this placeholder sentence with what this task changes, one bullet a part");
        var verify = placeholders.First(f => f.File == "docs/harness/feature-list.md" && f.Message.Contains("proves this track", StringComparison.Ordinal));
        verify.Column.Should().Be(5);
        strict.Output.Should().Contain("tasks/FEATURE-003-plan.md(7,3): warning HRN024:");
    }

    [Test]
    public void HRN024_the_templates_render_every_placeholder_from_the_one_list_and_spell_none_out()
    {
        var templates = Directory.GetFiles(Path.Combine(ProjectFiles.Root, "templates"), "*.scriban").Select(File.ReadAllText).ToList();

        foreach (var placeholder in ScaffoldPlaceholders.All)
        {
            templates.Should().NotContain(t => t.Contains(placeholder.Sentence, StringComparison.Ordinal), placeholder.Key);
        }
        foreach (var placeholder in ScaffoldPlaceholders.All.Where(p => p != ScaffoldPlaceholders.TrackGoal))
        {
            templates.Should().Contain(t => t.Contains($"{{{{ placeholder.{placeholder.Key} }}}}", StringComparison.Ordinal), placeholder.Key);
        }
    }

    [Test]
    public void HRN024_a_hand_written_brief_with_crlf_and_a_bom_reports_only_the_placeholder_left_in_it()
    {
        using var repo = TempRepo.Git();
        var brief = string.Join("\r\n",
            "# BUG-002 Brief", "",
            "## Source", "- 問い合わせ #481: 検索が落ちる。", "",
            "## Goal", "- 空文字で検索しても落ちない。", "",
            "## Scope", "- `src/search.py` の入力チェック。", "",
            "## Verification", "- Name the command that proves the task, in backticks, and what passing means.", "",
            "## Out of Scope", "- 検索の速さ。", "");
        repo.WriteBytes(Brief, [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(brief)]);
        repo.Write(Note, "# BUG-002 Progress Note\n\n## Status\n- in-progress\n\n## Current Goal\n- 入力チェックを足す。\n\n## Last Verify\n- なし\n\n## Next Step\n- テストを書く。\n");

        var (result, findings) = LintRun.Json(repo);

        var finding = LintAssert.Single(findings, "HRN024", Brief, 13);
        finding.Column.Should().Be(3);
        finding.Message.Should().EndWith("replace this placeholder sentence with the command that proves the task, in backticks, and what passing means");
        LintAssert.OnlyRule(findings, "HRN024");
        result.ExitCode.Should().Be(0, "a placeholder is a warning");
    }

    [Test]
    public void HRN026_a_last_verify_command_without_the_env_assignment_the_brief_states()
    {
        using var repo = TempRepo.Git();
        repo.Write(Brief, "# BUG-002 Brief\n\n## Goal\n- 空文字で検索しても落ちない。\n\n## Scope\n- `src/search.py`\n\n" +
            "## Verification\n- `PYTHONPATH=src python -m unittest` が通ること（src を import path に入れる）。\n");
        repo.Write(Note, "# BUG-002 Progress Note\n\n## Status\n- in-progress\n\n## Current Goal\n- 入力チェックを足す。\n\n" +
            "## Last Verify\n- `python -m unittest` : pass\n- `ruff check .` : pass\n\n## Next Step\n- テストを書く。\n");

        var (result, findings) = LintRun.Json(repo);

        var noteLine = LintRun.LineOf(repo, Note, "`python -m unittest`");
        var briefLine = LintRun.LineOf(repo, Brief, "PYTHONPATH=src");
        var finding = LintAssert.Single(findings, "HRN026", Note, noteLine);
        finding.Severity.Should().Be("warning");
        finding.Column.Should().Be(4);
        finding.Message.Should().Be(
            $"the Last Verify line at {Note}:{noteLine} records `python -m unittest`, but the brief's Verification at {Brief}:{briefLine} states " +
            "`PYTHONPATH=src python -m unittest` (the recorded one lacks PYTHONPATH=src); run the stated command and record it, or correct whichever of the two lines is wrong");
        LintAssert.OnlyRule(findings, "HRN026");
        result.ExitCode.Should().Be(0, result.ToString());
    }

    [Test]
    public void HRN026_a_last_verify_line_is_matched_to_the_track_command_it_most_resembles()
    {
        using var repo = HandWrittenTask.Repo();
        repo.Edit(HandWrittenTask.NotePath, $"- `{HandWrittenTask.TrackACommand}` : pass",
            "- `PYTHONPATH=src   python -m unittest -v tests.test_index` : pass（3 件）\n" +
            "- `PYTHONPATH=src python -m unittest tests.test_view` : fail\n" +
            "- `PYTHONPATH='src' python -m unittest tests.test_index` : pass");

        var (_, findings) = LintRun.Json(repo);

        var noteLine = LintRun.LineOf(repo, HandWrittenTask.NotePath, "-v tests.test_index");
        var listLine = LintRun.LineOf(repo, HandWrittenTask.ListPath, "`PYTHONPATH=src python -m unittest tests.test_index`");
        var finding = LintAssert.Single(findings, "HRN026", HandWrittenTask.NotePath, noteLine);
        finding.Message.Should().Contain($"but the Verify Signal of Track A at {HandWrittenTask.ListPath}:{listLine} states `{HandWrittenTask.TrackACommand}` (the recorded one adds -v)");
    }
}
