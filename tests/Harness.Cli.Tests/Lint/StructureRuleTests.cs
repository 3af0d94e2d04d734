using Harness.Cli.Tests.Support;

namespace Harness.Cli.Tests.Lint;

public sealed class StructureRuleTests
{
    private const string List = FeatureListText.ListPath;

    [Test]
    public void The_clean_builder_repo_has_no_warning_or_error_so_each_rule_test_adds_one_defect()
    {
        using var repo = LintRun.Repo(new FeatureListText().Track("A").Track("B", "A"));

        var (result, findings) = LintRun.Json(repo);

        result.ExitCode.Should().Be(0, result.ToString());
        findings.Where(f => f.Severity != "info").Should().BeEmpty(string.Join('\n', findings));
    }

    [Test]
    public void HRN001_malformed_front_matter()
    {
        using var repo = LintRun.Repo(new FeatureListText().Track("A"));
        repo.Write(FeatureListText.NotePath, "---\nupdated: [2026\n---\n" + FeatureListText.Note());

        var (result, findings) = LintRun.Json(repo);

        // YAML notices the unclosed sequence where the front matter ends, on line 3.
        LintAssert.Single(findings, "HRN001", FeatureListText.NotePath, 3).Severity.Should().Be("error");
        result.ExitCode.Should().Be(1);
    }

    [Test]
    public void HRN002_malformed_config_value()
    {
        using var repo = LintRun.Repo(new FeatureListText().Track("A"));
        repo.Write("harness.yml", "version: 1\nidPattern: \"[unclosed\"\n");

        var (_, findings) = LintRun.Json(repo);

        LintAssert.Single(findings, "HRN002", "harness.yml", 2);
    }

    [Test]
    public void HRN003_a_rule_setting_that_names_no_rule()
    {
        using var repo = LintRun.Repo(new FeatureListText().Track("A"));
        repo.Write("harness.yml", "version: 1\nrules:\n  HRN999: off\n");

        var (result, findings) = LintRun.Json(repo);

        LintAssert.Single(findings, "HRN003", "harness.yml", 3).Message.Should().Contain("HRN999");
        result.ExitCode.Should().Be(0, "an unknown key is a warning");
    }

    [Test]
    public void HRN004_a_plan_without_a_required_section()
    {
        using var repo = LintRun.Repo(new FeatureListText().Track("A"));
        repo.Edit(FeatureListText.PlanPath, "## Merge Order\n1. Track by track.\n", "");

        var (result, findings) = LintRun.Json(repo);

        LintAssert.Single(findings, "HRN004", FeatureListText.PlanPath, 1).Message.Should().Contain("Merge Order");
        LintAssert.OnlyRule(findings, "HRN004");
        result.ExitCode.Should().Be(1);
    }

    [Test]
    public void HRN004_a_progress_note_without_its_next_step()
    {
        using var repo = LintRun.Repo(new FeatureListText().Track("A"));
        repo.Edit(FeatureListText.NotePath, "## Next Step\n", "## Later\n");

        var (_, findings) = LintRun.Json(repo);

        LintAssert.Single(findings, "HRN004", FeatureListText.NotePath, 1).Message.Should().Contain("Next Step");
    }

    [Test]
    public void HRN004_a_handoff_without_the_sections_of_the_contract()
    {
        using var repo = LintRun.Repo(new FeatureListText().Track("A"));
        const string handoff = "tasks/FEATURE-009-handoffs/20261127T000000Z-A.md";
        repo.Write(handoff, "# Handoff\n\n## Goal\n- A.\n\n## Owned Files\n- `src/a.sh`\n\n## Verify\n- `sh t.sh`\n\n## Next Owner\n- reviewer\n\n" +
            "## Exit State\n- done\n\n## Changed Files\n- `src/a.sh`\n\n## Verification\n- pass\n");

        var (_, findings) = LintRun.Json(repo);

        LintAssert.Single(findings, "HRN004", handoff, 1).Message.Should().Contain("Remaining Gaps");
    }

    [Test]
    public void HRN005_a_track_without_a_verify_signal()
    {
        using var repo = LintRun.Repo(new FeatureListText().Track("A").Track(new TrackText("B", Verify: null)));

        var (_, findings) = LintRun.Json(repo);

        LintAssert.Single(findings, "HRN005", List, LintRun.LineOf(repo, List, "### Track B")).Message.Should().Contain("Verify Signal");
        LintAssert.OnlyRule(findings, "HRN005");
    }

    [Test]
    public void HRN006_a_missing_recommended_section_is_info_only()
    {
        using var repo = LintRun.Repo(new FeatureListText().Track("A"));
        repo.Edit(FeatureListText.PlanPath, "## Checkpoints\n- One.\n", "");

        var (result, findings) = LintRun.Json(repo);

        LintAssert.Single(findings, "HRN006", FeatureListText.PlanPath, 1).Severity.Should().Be("info");
        result.ExitCode.Should().Be(0);
    }

    [Test]
    public void HRN007_two_tracks_with_one_id()
    {
        using var repo = LintRun.Repo(new FeatureListText().Track("A").Track(new TrackText("A", Owns: ["src/other.sh"])));

        var (_, findings) = LintRun.Json(repo);

        var finding = LintAssert.Single(findings, "HRN007", List, LintRun.LineOf(repo, List, "### Track A", occurrence: 2));
        finding.Message.Should().Contain($"{List}:{LintRun.LineOf(repo, List, "### Track A")}");
    }

    [Test]
    public void HRN008_a_status_with_no_meaning()
    {
        using var repo = LintRun.Repo(new FeatureListText().Track(new TrackText("A", Status: "someday")));

        var (result, findings) = LintRun.Json(repo);

        LintAssert.Single(findings, "HRN008", List, LintRun.LineOf(repo, List, "someday")).Severity.Should().Be("warning");
        LintAssert.OnlyRule(findings, "HRN008");
        result.ExitCode.Should().Be(0);
    }

    [Test]
    public void HRN002_a_headings_map_that_is_no_mapping_or_maps_to_nothing()
    {
        using var repo = LintRun.Repo(new FeatureListText().Track("A"));
        repo.Write("harness.yml", "version: 1\nheadings:\n  未解決の問い:\n  担当: Owner\n");

        var (_, findings) = LintRun.Json(repo);

        LintAssert.Single(findings, "HRN002", "harness.yml", 3).Message.Should()
            .Contain("headings: '未解決の問い' must map to the English heading or label it stands for");

        repo.Write("harness.yml", "version: 1\nheadings:\n  - 未解決の問い\n");
        var (_, list) = LintRun.Json(repo);
        LintAssert.Single(list, "HRN002", "harness.yml", 3).Message.Should().Contain("headings: must be a mapping");
    }

    [TestCase("## Next Steps", TestName = "HRN004_points_at_a_heading_with_an_extra_s")]
    [TestCase("## Nextstep", TestName = "HRN004_points_at_a_heading_without_its_blank")]
    [TestCase("## next-step:", TestName = "HRN004_points_at_a_heading_with_a_hyphen")]
    public void HRN004_a_near_miss_of_a_required_heading_is_pointed_at(string heading)
    {
        using var repo = LintRun.Repo(new FeatureListText().Track("A"));
        repo.Edit(FeatureListText.NotePath, "## Next Step\n", heading + "\n");

        var (_, findings) = LintRun.Json(repo);

        var written = heading[3..];
        LintAssert.Single(findings, "HRN004", FeatureListText.NotePath, LintRun.LineOf(repo, FeatureListText.NotePath, heading))
            .Message.Should().Be($"the Progress Note has no '## Next Step' section, which the contract requires; '## {written}' here is no heading " +
                $"harness reads: did you mean '## Next Step'? rename the heading, or map it under headings: in harness.yml ('{written.TrimEnd(':')}: Next Step')");
    }

    [Test]
    public void HRN006_a_near_miss_of_a_recommended_heading_is_pointed_at_and_mapping_it_clears_it()
    {
        using var repo = LintRun.Repo(new FeatureListText().Track("A"));
        repo.Edit(FeatureListText.NotePath, "## Open Questions\n", "## Open Question\n");

        var (_, findings) = LintRun.Json(repo);

        LintAssert.Single(findings, "HRN006", FeatureListText.NotePath, LintRun.LineOf(repo, FeatureListText.NotePath, "## Open Question"))
            .Message.Should().Contain("did you mean '## Open Questions'? rename the heading, or map it under headings: in harness.yml ('Open Question: Open Questions')");

        repo.Write("harness.yml", "version: 1\nheadings:\n  Open Question: Open Questions\n");
        var (_, mapped) = LintRun.Json(repo);
        mapped.Should().NotContain(f => f.RuleId == "HRN006" && f.File == FeatureListText.NotePath, string.Join('\n', mapped));
    }

    [Test]
    public void HRN006_a_heading_with_no_english_words_gets_the_headings_line_to_paste()
    {
        using var repo = LintRun.Repo(new FeatureListText().Track("A"));
        repo.Edit(FeatureListText.NotePath, "## Decided\n", "## 決めたこと\n");

        var (_, findings) = LintRun.Json(repo);

        LintAssert.Single(findings, "HRN006", FeatureListText.NotePath, LintRun.LineOf(repo, FeatureListText.NotePath, "## 決めたこと"))
            .Message.Should().Be("the Progress Note has no '## Decided' section, which the contract recommends; '## 決めたこと' has no English words " +
                "harness reads: if it is the Decided section, map it under headings: in harness.yml, as 'headings:' then '  決めたこと: Decided'; " +
                "otherwise add '## Decided'");
    }

    [Test]
    public void HRN004_with_several_headings_in_another_language_lists_them_at_the_first_line()
    {
        using var repo = LintRun.Repo(new FeatureListText().Track("A"));
        repo.Edit(FeatureListText.NotePath, "## Next Step\n", "## 次の一手\n");
        repo.Edit(FeatureListText.NotePath, "## Decided\n", "## メモ\n- 表示の件。\n\n## Decided\n");
        repo.Edit(FeatureListText.NotePath, "## Resume Steps\n", "## 参考\n- なし\n\n## Resume Steps\n");

        var (_, findings) = LintRun.Json(repo);

        LintAssert.Single(findings, "HRN004", FeatureListText.NotePath, 1).Message.Should().Be(
            "the Progress Note has no '## Next Step' section, which the contract requires; add '## Next Step'; or, if one of " +
            $"'## メモ' (line {LintRun.LineOf(repo, FeatureListText.NotePath, "## メモ")}), '## 参考' (line {LintRun.LineOf(repo, FeatureListText.NotePath, "## 参考")}), " +
            $"'## 次の一手' (line {LintRun.LineOf(repo, FeatureListText.NotePath, "## 次の一手")}) is the Next Step section, map it under headings: in harness.yml, " +
            "as 'headings:' then '  メモ: Next Step' for the first");
    }

    [TestCase("Owner", "- Owners\n  - coder-a\n", "HRN012", "Track A has no owner; '- Owners' here is no field harness reads: did you mean '- Owner'? " +
        "rename the label, or map it under headings: in harness.yml ('Owners: Owner')", TestName = "HRN012_points_at_an_owners_label")]
    [TestCase("Verify Signal", "- Verify: `sh tests/run.sh` passes.\n", "HRN005", "Track A has no 'Verify Signal' field with a value; '- Verify' here is no field " +
        "harness reads: did you mean '- Verify Signal'? rename the label, or map it under headings: in harness.yml ('Verify: Verify Signal')",
        TestName = "HRN005_points_at_a_verify_label")]
    [TestCase("Dependencies", "- Depends On\n  - none\n", "HRN005", "Track A has no 'Dependencies' field with a value; '- Depends On' here is no field " +
        "harness reads: did you mean '- Dependencies'? rename the label, or map it under headings: in harness.yml ('Depends On: Dependencies')",
        TestName = "HRN005_points_at_a_depends_on_label")]
    public void A_near_miss_of_a_track_field_label_is_pointed_at(string field, string written, string ruleId, string message)
    {
        var track = field switch
        {
            "Owner" => new TrackText("A", Owner: null),
            "Verify Signal" => new TrackText("A", Verify: null),
            _ => new TrackText("A"),
        };
        using var repo = LintRun.Repo(new FeatureListText().Track(track));
        var text = repo.Read(List);
        repo.Write(List, field == "Dependencies"
            ? text.Replace("- Dependencies\n  - none\n", written, StringComparison.Ordinal)
            : text.Replace("- Owned Files\n", written + "- Owned Files\n", StringComparison.Ordinal));

        var (_, findings) = LintRun.Json(repo);

        LintAssert.Single(findings, ruleId, List, LintRun.LineOf(repo, List, written.Split('\n')[0])).Message.Should().Be(message);
    }

    [Test]
    public void HRN023_an_owner_given_twice_with_two_values()
    {
        using var repo = LintRun.Repo(new FeatureListText().Track("A").Track(new TrackText("B", Owner: "coder-b", Status: "ready-for-coder-b")));
        repo.Edit(List, "### Track B: Work B\n", "### Track B: Work B\n- **Owner**: coder-b\n- Status: ready-for-coder-b\n");
        repo.Edit(List, "- Owner\n  - coder-b\n", "- Owner\n  - coder-c\n");

        var (result, findings) = LintRun.Json(repo);

        var again = LintRun.LineOf(repo, List, "  - coder-c") - 1;
        var first = LintRun.LineOf(repo, List, "- **Owner**: coder-b");
        LintAssert.Single(findings, "HRN023", List, again).Message.Should().Be(
            $"Track B gives 'Owner' twice: 'coder-c' here and 'coder-b' at {List}:{first}:14; harness reads the first, so delete the Owner that is wrong and keep one");
        findings.Should().NotContain(f => f.RuleId == "HRN023" && f.Message.Contains("'Status'"), "the same status twice is no conflict");
        LintAssert.OnlyRule(findings, "HRN023");
        result.ExitCode.Should().Be(1);
    }
}
