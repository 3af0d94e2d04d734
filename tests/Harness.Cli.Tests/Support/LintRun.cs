using System.Text.Json;

namespace Harness.Cli.Tests.Support;

/// <summary>One finding as `harness lint --format json` prints it.</summary>
internal sealed record LintFinding(string RuleId, string Severity, string File, int Line, int Column, string Message)
{
    public override string ToString() => $"{File}({Line},{Column}): {Severity} {RuleId}: {Message}";
}

/// <summary>Runs lint through the real command line with --format json and reads the findings back.</summary>
internal static class LintRun
{
    public static (CliResult Result, IReadOnlyList<LintFinding> Findings) Json(TempRepo repo, params string[] args)
    {
        var result = repo.Harness(["lint", "--format", "json", .. args]);
        if (result.ExitCode == 2)
        {
            return (result, []);
        }
        using var json = JsonDocument.Parse(result.Output);
        var findings = json.RootElement.GetProperty("findings").EnumerateArray().Select(f => new LintFinding(
            f.GetProperty("ruleId").GetString()!,
            f.GetProperty("severity").GetString()!,
            f.GetProperty("path").GetString()!,
            f.GetProperty("line").GetInt32(),
            f.GetProperty("column").GetInt32(),
            f.GetProperty("message").GetString()!)).ToList();
        return (result, findings);
    }

    /// <summary>A repo holding this feature list, the plan that agrees with it, and a Progress Note.</summary>
    public static TempRepo Repo(FeatureListText list, bool git = false)
    {
        var repo = git ? TempRepo.Git() : TempRepo.Empty();
        repo.Write(FeatureListText.ListPath, list.ToString())
            .Write(FeatureListText.PlanPath, list.Plan())
            .Write(FeatureListText.NotePath, FeatureListText.Note());
        return repo;
    }

    /// <summary>The 1-based line of the first line of a file that contains <paramref name="text"/>.</summary>
    public static int LineOf(TempRepo repo, string file, string text, int occurrence = 1)
    {
        var lines = repo.Read(file).Split('\n');
        var seen = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Contains(text, StringComparison.Ordinal) && ++seen == occurrence)
            {
                return i + 1;
            }
        }
        Assert.Fail($"'{text}' is not in {file}");
        return 0;
    }
}

/// <summary>Assertions on lint findings that name the rule, the file and the line, and show every finding on failure.</summary>
internal static class LintAssert
{
    public static LintFinding Single(IReadOnlyList<LintFinding> findings, string ruleId, string file, int line)
    {
        var all = string.Join('\n', findings);
        var matching = findings.Where(f => f.RuleId == ruleId).ToList();
        matching.Should().ContainSingle($"one {ruleId} was expected among:\n{all}");
        matching[0].File.Should().Be(file, all);
        matching[0].Line.Should().Be(line, all);
        return matching[0];
    }

    /// <summary>No warning or error but those of <paramref name="ruleId"/>: the test's defect is the only one.</summary>
    public static void OnlyRule(IReadOnlyList<LintFinding> findings, string ruleId) =>
        findings.Where(f => f.Severity != "info" && f.RuleId != ruleId).Should().BeEmpty(string.Join('\n', findings));
}
