using System.Text.RegularExpressions;

namespace Harness.Core.Model.Evidence;

/// <summary>
/// Blanks what looks like a secret in command output before it is stored as evidence: evidence files are
/// committed or shared, and a test that prints a token must not leak it. Each pattern keeps what tells the
/// reader what was hidden (the key name, the URL's user and host, the PEM markers) and masks only the value.
/// </summary>
public static partial class SecretRedactor
{
    public const string Mask = "[REDACTED]";

    public static string Redact(string text)
    {
        text = PemBlock().Replace(text, "-----BEGIN $1PRIVATE KEY-----\n" + Mask + "\n-----END $1PRIVATE KEY-----");
        // The tail may start inside a key whose BEGIN line was cut off: the body lines before an END line go too.
        text = PemBodyWithoutBegin().Replace(text, Mask + "\n");
        text = KnownToken().Replace(text, Mask);
        text = SlackWebhook().Replace(text, "$1" + Mask);
        text = UrlCredentials().Replace(text, "$1" + Mask + "@");
        text = AuthorizationHeader().Replace(text, "$1" + Mask);
        text = PasswordOption().Replace(text, "$1" + Mask);
        text = MysqlPassword().Replace(text, "$1" + Mask);
        text = QuotedAssignment().Replace(text, "$1" + Mask + "$3");
        text = LineAssignment().Replace(text, "$1" + Mask);
        return Assignment().Replace(text, "$1" + Mask);
    }

    [GeneratedRegex(@"-----BEGIN ([A-Z ]*?)PRIVATE KEY-----[\s\S]*?(?:-----END [A-Z ]*?PRIVATE KEY-----|\z)")]
    private static partial Regex PemBlock();

    [GeneratedRegex(@"(?m)(?:^[A-Za-z0-9+/=]{16,}\r?\n)+(?=-----END [A-Z ]*PRIVATE KEY-----)")]
    private static partial Regex PemBodyWithoutBegin();

    // GitHub (classic and fine-grained), GitLab, Slack, OpenAI/Anthropic-style sk- keys, Stripe live and test keys,
    // AWS access key ids, Google API keys, npm tokens, JSON Web Tokens.
    [GeneratedRegex(@"\b(?:gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,}|glpat-[A-Za-z0-9_-]{20,}|xox[abposr]-[A-Za-z0-9-]{10,}" +
        @"|sk-[A-Za-z0-9_-]{16,}|[sr]k_(?:live|test)_[A-Za-z0-9]{10,}|(?:AKIA|ASIA)[A-Z0-9]{16}|AIza[0-9A-Za-z_-]{30,}|npm_[A-Za-z0-9]{30,}" +
        @"|eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,})")]
    private static partial Regex KnownToken();

    [GeneratedRegex(@"(https://hooks\.slack\.com/services/)[A-Za-z0-9/_-]+")]
    private static partial Regex SlackWebhook();

    // scheme://user:password@host: the user and host stay, the password goes.
    [GeneratedRegex(@"(\b[a-zA-Z][a-zA-Z0-9+.-]*://[^\s:/@]+:)[^\s@/]+@")]
    private static partial Regex UrlCredentials();

    // Authorization: Bearer x, Basic x, Token x, or a bare credential after the header name.
    [GeneratedRegex(@"(?i)(\b(?:authorization\s*:\s*(?:bearer|basic|token|digest)?|bearer)\s+)[A-Za-z0-9._~+/=:-]{6,}")]
    private static partial Regex AuthorizationHeader();

    // --password VALUE, --token VALUE (the = form is an assignment below).
    [GeneratedRegex(@"(?i)(--(?:password|passwd|pass|token|secret|api-key|apikey|access-key)\s+)(?!-)\S+")]
    private static partial Regex PasswordOption();

    // mysql -uroot -pPASSWORD: the value stands glued to -p.
    [GeneratedRegex(@"(\b(?:mysql|mysqldump|mysqladmin|mariadb)\b[^\n]*?\s-p)(?=\S)[^\s]+")]
    private static partial Regex MysqlPassword();

    // PASSWORD: 'correct horse battery staple': a quoted value is masked up to its closing quote, spaces and all.
    [GeneratedRegex(@"(?i)(\b[A-Za-z0-9_.-]*(?:password|passwd|secret|token|api[_-]?key|accountkey|access[_-]?key|private[_-]?key|credentials?)[A-Za-z0-9_.-]*[""']?\s*[:=]\s*([""']))[^""'\n]*(\2)")]
    private static partial Regex QuotedAssignment();

    // A line that is only `password: two words` (YAML, a config dump, a prompt echo): the value may hold spaces, so
    // all of it up to the end of the line goes. Inside a longer line only the first word after the key can be told apart.
    [GeneratedRegex(@"(?im)^(\s*[A-Za-z0-9_.-]*(?:password|passwd|secret|token|api[_-]?key|accountkey|access[_-]?key|private[_-]?key|credentials?)[A-Za-z0-9_.-]*[""']?\s*:[ \t]+)(?![""'\[])[^\r\n]+")]
    private static partial Regex LineAssignment();

    // password=..., secret: ..., AccountKey=...: the key stays so the reader sees what was hidden.
    [GeneratedRegex(@"(?i)(\b[A-Za-z0-9_.-]*(?:password|passwd|secret|token|api[_-]?key|accountkey|access[_-]?key|private[_-]?key|credentials?)[A-Za-z0-9_.-]*[""']?\s*[:=]\s*[""']?)(?!\[REDACTED\])[^\s""',;]+")]
    private static partial Regex Assignment();
}
