using System.Text.RegularExpressions;

namespace Harness.Core.Evidence;

/// <summary>
/// Blanks what looks like a secret in command output before it is stored as evidence: evidence files are
/// committed or shared, and a test that prints a token must not leak it.
/// </summary>
public static partial class SecretRedactor
{
    public const string Mask = "[REDACTED]";

    public static string Redact(string text)
    {
        text = PemBlock().Replace(text, "-----BEGIN $1PRIVATE KEY-----\n" + Mask + "\n-----END $1PRIVATE KEY-----");
        text = KnownToken().Replace(text, Mask);
        text = Bearer().Replace(text, "$1" + Mask);
        return Assignment().Replace(text, "$1" + Mask);
    }

    [GeneratedRegex(@"-----BEGIN ([A-Z ]*?)PRIVATE KEY-----[\s\S]*?(?:-----END [A-Z ]*?PRIVATE KEY-----|\z)")]
    private static partial Regex PemBlock();

    // GitHub (classic and fine-grained), Slack, OpenAI/Anthropic-style sk- keys, AWS access key ids.
    [GeneratedRegex(@"\b(?:gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,}|xox[abposr]-[A-Za-z0-9-]{10,}|sk-[A-Za-z0-9_-]{16,}|(?:AKIA|ASIA)[A-Z0-9]{16})\b")]
    private static partial Regex KnownToken();

    [GeneratedRegex(@"(\b[Bb]earer\s+)[A-Za-z0-9._~+/=-]{8,}")]
    private static partial Regex Bearer();

    // password=..., secret: ..., api_token = "...": the key stays so the reader sees what was hidden.
    [GeneratedRegex(@"(?i)(\b[A-Za-z0-9_.-]*(?:password|passwd|secret|token|api[_-]?key)[A-Za-z0-9_.-]*[""']?\s*[:=]\s*[""']?)[^\s""',;]+")]
    private static partial Regex Assignment();
}
