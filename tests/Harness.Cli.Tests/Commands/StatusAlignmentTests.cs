using Harness.Cli.Output;
using Harness.Cli.Tests.Support;

namespace Harness.Cli.Tests.Commands;

/// <summary>`harness status` keeps its columns aligned whatever the length or script of a status or an owner.</summary>
public sealed class StatusAlignmentTests
{
    [Test]
    public void A_long_status_and_a_japanese_owner_keep_the_columns_aligned()
    {
        using var repo = TempRepo.Sample();
        var list = File.ReadAllText(repo.PathOf("docs/harness/feature-list.md"));
        list = list.Replace("  - in-progress", "  - needs-human-approval (waiting on the security review)", StringComparison.Ordinal)
            .Replace("  - coder-a", "  - 山田（コーダー）", StringComparison.Ordinal);
        repo.Write("docs/harness/feature-list.md", list);

        var result = repo.Harness("status");

        result.ExitCode.Should().Be(0, result.ToString());
        var rows = result.Output.Split('\n').Where(l => l.StartsWith("  Track ", StringComparison.Ordinal)).ToList();
        rows.Should().HaveCount(3);
        rows.Should().Contain(r => r.Contains("needs-human-approval (waiting on the security review)")).And.Contain(r => r.Contains("山田（コーダー）"));
        foreach (var column in new[] { "owner: ", "deps: ", "verify: " })
        {
            rows.Select(r => TextColumns.DisplayWidth(r[..r.IndexOf(column, StringComparison.Ordinal)])).Distinct()
                .Should().ContainSingle($"every '{column}' starts in one terminal column:\n{string.Join('\n', rows)}");
        }
    }

    [TestCase("abc", 3)]
    [TestCase("山田", 4)]
    [TestCase("ｶﾀｶﾅ", 4)]
    [TestCase("Ｓｔａｔｕｓ：", 14)]
    [TestCase("e\u0301", 1)]
    public void Display_width_counts_wide_characters_twice_and_combining_marks_not_at_all(string text, int width)
    {
        TextColumns.DisplayWidth(text).Should().Be(width);
    }
}
