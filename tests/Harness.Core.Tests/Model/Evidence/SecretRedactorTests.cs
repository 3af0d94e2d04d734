using Harness.Core.Model.Evidence;

namespace Harness.Core.Tests.Model.Evidence;

public sealed class SecretRedactorTests
{
    [TestCase("ghp_abcdefghijklmnopqrstuvwxyz0123456789", "ghp_")]
    [TestCase("github_pat_11ABCDEFG0123456789_abcdefghijklmnop", "github_pat_")]
    [TestCase("xoxb-1234567890-abcdefghij", "xoxb-")]
    [TestCase("sk-proj-abcdefghijklmnop1234", "sk-proj")]
    [TestCase("AKIAABCDEFGHIJKLMNOP", "AKIA")]
    [TestCase("password=hunter2", "hunter2")]
    [TestCase("secret: s3cr3t-value", "s3cr3t")]
    [TestCase("GITHUB_TOKEN=\"abc123def\"", "abc123def")]
    [TestCase("Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.payload", "eyJhbGci")]
    [TestCase("postgres://app:pw-Secr3t@db.internal:5432/app", "pw-Secr3t")]
    [TestCase("sk_live_4eC39HqLyjWDarjtT1zdp7dc", "4eC39HqLyjWDarjtT1zdp7dc")]
    [TestCase("rk_test_4eC39HqLyjWDarjtT1zdp7dc", "4eC39HqLyjWDarjtT1zdp7dc")]
    [TestCase("glpat-xxxxXXXXxxxxXXXXxxxx", "glpat-xxxx")]
    [TestCase("AIzaSyA-1234567890abcdefghijklmnopqrstu", "AIzaSyA")]
    [TestCase("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c", "SflKxwRJ")]
    [TestCase("Authorization: Basic dXNlcjpwYXNzd29yZA==", "dXNlcjpw")]
    [TestCase("mysql -uroot -pHunter22 shop", "Hunter22")]
    [TestCase("deploy --password Hunter22 --yes", "Hunter22")]
    [TestCase("npm_abcdefghijklmnopqrstuvwxyz0123456789", "npm_abcdef")]
    [TestCase("https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX", "XXXXXXXXXXXX")]
    [TestCase("PASSWORD: 'correct horse battery staple'", "horse")]
    [TestCase("DefaultEndpointsProtocol=https;AccountKey=abc123+/def==;EndpointSuffix=core", "abc123")]
    public void A_secret_is_masked(string secret, string leak)
    {
        var redacted = SecretRedactor.Redact($"before {secret} after\n");

        redacted.Should().NotContain(leak).And.Contain(SecretRedactor.Mask).And.StartWith("before ").And.EndWith(" after\n");
    }

    [TestCase("password: two words\n", "password: [REDACTED]\n")]
    [TestCase("  db_password: correct horse battery\r\nnext: line\n", "  db_password: [REDACTED]\r\nnext: line\n")]
    [TestCase("API_KEY: abc def\n", "API_KEY: [REDACTED]\n")]
    public void A_line_that_is_only_a_secret_key_and_its_value_loses_the_whole_value(string line, string expected)
    {
        SecretRedactor.Redact(line).Should().Be(expected);
    }

    [Test]
    public void A_pem_private_key_block_is_masked_whole()
    {
        var pem = "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA\nabcdef\n-----END RSA PRIVATE KEY-----\nnext line";

        var redacted = SecretRedactor.Redact(pem);

        redacted.Should().NotContain("MIIEow").And.Contain("-----END RSA PRIVATE KEY-----").And.EndWith("next line");
    }

    [Test]
    public void A_pem_body_whose_begin_line_fell_out_of_the_tail_is_masked()
    {
        var tail = "MIIEowIBAAKCAQEAabcdefghijklmnop\nqrstuvwxyz0123456789ABCDEFGHIJKL\n-----END RSA PRIVATE KEY-----\nnext line\n";

        var redacted = SecretRedactor.Redact(tail);

        redacted.Should().Be(SecretRedactor.Mask + "\n-----END RSA PRIVATE KEY-----\nnext line\n");
    }

    [Test]
    public void Ordinary_flags_and_urls_are_left_alone()
    {
        const string output = "mkdir -p out\nssh -p 2222 host\nfetched https://example.com/a:b/c\n--password-file ./pw.txt\n";

        SecretRedactor.Redact(output).Should().Be(output);
    }

    [Test]
    public void Plain_test_output_is_left_alone()
    {
        const string output = "ok   - token parsing works\nchecks: 5, failures: 0\n";

        SecretRedactor.Redact(output).Should().Be(output);
    }

    [Test]
    public void The_tail_keeps_the_last_lines_only()
    {
        var tail = new OutputTail();
        for (var i = 0; i < OutputTail.MaxLines + 50; i++)
        {
            tail.Add($"line {i}");
        }

        var lines = tail.Text().TrimEnd('\n').Split('\n');

        lines.Should().HaveCount(OutputTail.MaxLines);
        lines[^1].Should().Be($"line {OutputTail.MaxLines + 49}");
    }
}
