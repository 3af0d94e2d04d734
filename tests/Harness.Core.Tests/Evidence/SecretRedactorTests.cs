using Harness.Core.Evidence;

namespace Harness.Core.Tests.Evidence;

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
    public void A_secret_is_masked(string secret, string leak)
    {
        var redacted = SecretRedactor.Redact($"before {secret} after\n");

        redacted.Should().NotContain(leak).And.Contain(SecretRedactor.Mask).And.StartWith("before ").And.EndWith(" after\n");
    }

    [Test]
    public void A_pem_private_key_block_is_masked_whole()
    {
        var pem = "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA\nabcdef\n-----END RSA PRIVATE KEY-----\nnext line";

        var redacted = SecretRedactor.Redact(pem);

        redacted.Should().NotContain("MIIEow").And.Contain("-----END RSA PRIVATE KEY-----").And.EndWith("next line");
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
