using System.Text;
using Harness.Core.Model.Documents;

namespace Harness.Core.Tests.Model.Documents;

public sealed class SourceFileReaderTests
{
    private string _root = "";

    [SetUp]
    public void CreateRoot()
    {
        _root = Path.Combine(Path.GetTempPath(), "harness-reader-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(_root);
    }

    [TearDown]
    public void DeleteRoot() => Directory.Delete(_root, recursive: true);

    [Test]
    public void A_bom_is_dropped_and_crlf_is_kept_as_written()
    {
        File.WriteAllBytes(Path.Combine(_root, "a.md"), [0xEF, 0xBB, 0xBF, .. "# 見出し\r\n本文\r\n"u8.ToArray()]);

        SourceFileReader.TryRead(_root, "a.md", out var text, out var error).Should().BeTrue();

        error.Should().BeNull();
        text!.Text.Should().Be("# 見出し\r\n本文\r\n");
        text.LocationOf(text.Text.IndexOf('本', StringComparison.Ordinal)).Line.Should().Be(2);
    }

    [Test]
    public void A_binary_file_is_refused_with_its_path_and_line()
    {
        File.WriteAllBytes(Path.Combine(_root, "a.md"), [.. "# A\nline two\n"u8.ToArray(), 0, 1, 2]);

        SourceFileReader.TryRead(_root, "a.md", out _, out var error).Should().BeFalse();

        error!.ToString().Should().Be("a.md:3: is a binary file (it holds a NUL byte), not Markdown text; restore it from git or write it again");
    }

    [Test]
    public void Invalid_utf8_is_refused_with_the_line_of_the_bad_byte()
    {
        File.WriteAllBytes(Path.Combine(_root, "a.md"), [.. "# A\nok\nbad "u8.ToArray(), 0xFF, 0xFE, (byte)'\n']);

        SourceFileReader.TryRead(_root, "a.md", out _, out var error).Should().BeFalse();

        error!.ToString().Should().StartWith("a.md:3: is not valid UTF-8");
    }

    [Test]
    public void A_folder_where_a_file_should_be_is_refused()
    {
        Directory.CreateDirectory(Path.Combine(_root, "a.md"));

        SourceFileReader.TryRead(_root, "a.md", out _, out var error).Should().BeFalse();

        error!.ToString().Should().Be("a.md: is a folder where a file should be");
    }

    [Test]
    public void A_link_that_leaves_the_repo_is_never_followed()
    {
        File.CreateSymbolicLink(Path.Combine(_root, "passwd.md"), "/etc/passwd");

        SourceFileReader.TryRead(_root, "passwd.md", out var text, out var error).Should().BeFalse();

        text.Should().BeNull();
        error!.Message.Should().Contain("leaves the repo");
    }

    [Test]
    public void A_link_loop_is_an_error_not_a_hang()
    {
        File.CreateSymbolicLink(Path.Combine(_root, "a.md"), Path.Combine(_root, "b.md"));
        File.CreateSymbolicLink(Path.Combine(_root, "b.md"), Path.Combine(_root, "a.md"));

        SourceFileReader.TryRead(_root, "a.md", out _, out var error).Should().BeFalse();

        error!.Location.File.Should().Be("a.md");
    }

    [Test]
    public void A_link_inside_the_repo_is_read()
    {
        File.WriteAllText(Path.Combine(_root, "real.md"), "# Real\n", new UTF8Encoding(false));
        File.CreateSymbolicLink(Path.Combine(_root, "link.md"), Path.Combine(_root, "real.md"));

        SourceFileReader.TryRead(_root, "link.md", out var text, out _).Should().BeTrue();

        text!.Text.Should().Be("# Real\n");
    }

    [Test]
    public void A_file_past_the_size_limit_is_refused_with_a_clear_error()
    {
        using (var stream = File.Create(Path.Combine(_root, "big.md")))
        {
            stream.SetLength(SourceFileReader.MaxBytes + 1);
        }

        SourceFileReader.TryRead(_root, "big.md", out _, out var error).Should().BeFalse();

        error!.Message.Should().Contain("limit");
    }
}
