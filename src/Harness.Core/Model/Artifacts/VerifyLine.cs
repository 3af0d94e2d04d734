using Harness.Core.Model.Documents;
using Harness.Core.Model.Evidence;
using Harness.Core.Model.Text;

namespace Harness.Core.Model.Artifacts;

/// <summary>
/// One line of a Progress Note's Last Verify: "`command` : pass". It carries no commit, so its freshness is
/// unknown (contract, section 5).
/// </summary>
public sealed class VerifyLine
{
    public VerifyLine(TextValue line)
    {
        Line = line;
        var spans = InlineCode.Spans(line.Text);
        Command = spans.Count > 0 ? spans[0].Code : null;
        var afterCode = spans.Count > 0 ? line.Text[(line.Text.LastIndexOf('`') + 1)..] : line.Text;
        var result = afterCode.Trim().TrimStart(':', '：', '-', '—', '=', '>').Trim();
        Result = result.Length > 0 ? SharedStrings.Share(result) : null;
        SaysPassed = ParseClaim(Result ?? line.Text);
    }

    public TextValue Line { get; }

    public string? Command { get; }

    /// <summary>What the line says of the run ("pass", "fail (2 tests)"), or null.</summary>
    public string? Result { get; }

    /// <summary>What the line claims: true for a pass, false for a failure, null when its words say neither.</summary>
    public bool? SaysPassed { get; }

    /// <summary>Fail when the line says the run failed, else unknown: the line carries no commit.</summary>
    public VerifyState State => VerifyStates.OfNoteLine(SaysPassed == false);

    private static bool? ParseClaim(string text)
    {
        var normalized = Labels.Normalize(text);
        var length = 0;
        while (length < normalized.Length && char.IsAsciiLetter(normalized[length]))
        {
            length++;
        }
        // The leading word decides ("fail（2 件失敗）" is a failure); a Japanese note may say 成功 or 失敗.
        var word = length > 0 ? normalized[..length] : normalized.Length >= 2 ? normalized[..2] : normalized;
        return word switch
        {
            "pass" or "passed" or "ok" or "green" or "success" or "成功" => true,
            "fail" or "failed" or "red" or "error" or "失敗" => false,
            _ => null,
        };
    }
}
