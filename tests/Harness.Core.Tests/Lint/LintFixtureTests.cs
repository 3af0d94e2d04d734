using System.Text;
using Harness.Core.Lint;
using Harness.Core.Model.Findings;
using Harness.Core.Model.Workspaces;
using Harness.Core.Tests.Lint.Support;

namespace Harness.Core.Tests.Lint;

/// <summary>
/// Lint rule fixtures in markdownlint's style: each folder under Lint/Fixtures is a small repo whose lines carry
/// the rule ids they must raise (Fixtures/README.md). Lint runs in-process on a copy; every marker must have its
/// finding and every finding its marker, the markers at line ends must not change a single finding, and all
/// findings, message and column included, must equal the fixture's findings.approved.txt (HARNESS_ACCEPT=1
/// writes it anew; review the diff). A new fixture is a new folder.
/// </summary>
public sealed class LintFixtureTests
{
    public static IEnumerable<TestCaseData> Fixtures() =>
        SourceTree.Fixtures().Select(f => new TestCaseData(f.Name).SetName($"Lint fixture {f.Name}"));

    [TestCaseSource(nameof(Fixtures))]
    public void The_findings_are_the_marked_ones_and_the_approved_ones(string name)
    {
        var fixture = SourceTree.Fixtures().Single(f => f.Name == name);
        var copy = Directory.CreateTempSubdirectory("harness-lint-fixture-").FullName;
        try
        {
            fixture.CopyTo(copy);
            var hasGit = fixture.Commits().Count > 0;
            var findings = Lint(copy, hasGit);
            var received = FindingLines.All(findings);
            var approved = Approve(fixture, received);

            var problems = new List<string>();
            var expected = fixture.Expectations(problems);
            problems.AddRange(Compare(expected, findings));
            problems.Should().BeEmpty($"the markers of {name} and what lint found disagree; lint found:\n{received}");

            fixture.StripTrailingMarkers(copy);
            FindingLines.All(Lint(copy, hasGit)).Should().Be(received,
                "a marker at the end of a line changed what lint read there; put it alone on the line below as <!-- expect-above: ... -->");

            received.Should().Be(approved, $"the findings of {name} differ from {LintFixture.ApprovedFile}; {LintFixture.ReceivedFile} holds them");
        }
        finally
        {
            Directory.Delete(copy, recursive: true);
        }
    }

    private static IReadOnlyList<Diagnostic> Lint(string repo, bool expectGit)
    {
        var workspace = Workspace.Open(repo);
        (workspace.Git is not null).Should().Be(expectGit,
            expectGit ? "the fixture's copy was given a git history" : $"{repo} must be in no git work tree (the fixture has no {LintFixture.CommitsFile})");
        return LintService.Run(workspace).Findings;
    }

    /// <summary>Each marker without its finding, and each finding without its marker (a file-level finding counts as line 1).</summary>
    private static IEnumerable<string> Compare(IReadOnlyList<Expectation> expected, IReadOnlyList<Diagnostic> findings)
    {
        var found = findings.Select(f => new Expectation(f.Location.File, Math.Max(1, f.Location.Line), f.RuleId)).ToHashSet();
        foreach (var missing in expected.Where(e => !found.Contains(e)))
        {
            yield return $"{missing}: marked, but lint found no {missing.RuleId} on this line";
        }
        var marked = expected.ToHashSet();
        foreach (var finding in findings.Where(f => !marked.Contains(new Expectation(f.Location.File, Math.Max(1, f.Location.Line), f.RuleId))))
        {
            yield return $"{FindingLine.Format(finding)}: found, but the line has no marker for it";
        }
    }

    /// <summary>The approved findings; on a difference the received ones are written beside them (HARNESS_ACCEPT=1 approves them).</summary>
    private static string Approve(LintFixture fixture, string received)
    {
        var approvedPath = Path.Combine(fixture.SourceFolder, LintFixture.ApprovedFile);
        var receivedPath = Path.Combine(fixture.SourceFolder, LintFixture.ReceivedFile);
        if (Environment.GetEnvironmentVariable("HARNESS_ACCEPT") == "1")
        {
            File.WriteAllText(approvedPath, received, new UTF8Encoding(false));
        }
        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : "";
        if (approved == received)
        {
            File.Delete(receivedPath);
        }
        else
        {
            File.WriteAllText(receivedPath, received, new UTF8Encoding(false));
        }
        return approved;
    }
}
