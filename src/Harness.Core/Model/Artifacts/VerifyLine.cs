using Harness.Core.Model.Documents;
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
        Result = result.Length > 0 ? result : null;
        Outcome = ParseOutcome(Result ?? line.Text);
    }

    public TextValue Line { get; }

    public string? Command { get; }

    /// <summary>What the line says of the run ("pass", "fail (2 tests)"), or null.</summary>
    public string? Result { get; }

    public VerifyOutcome Outcome { get; }

    private static VerifyOutcome ParseOutcome(string text)
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
            "pass" or "passed" or "ok" or "green" or "success" or "成功" => VerifyOutcome.Pass,
            "fail" or "failed" or "red" or "error" or "失敗" => VerifyOutcome.Fail,
            _ => VerifyOutcome.Unknown,
        };
    }
}

public enum VerifyOutcome
{
    Unknown,
    Pass,
    Fail,
}
