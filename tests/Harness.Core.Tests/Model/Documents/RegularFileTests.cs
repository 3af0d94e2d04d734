using System.Diagnostics;
using Harness.Core.Model.Documents;

namespace Harness.Core.Tests.Model.Documents;

/// <summary>
/// The plain read takes only a plain file within the limit, from the path itself; for a link, a folder, a FIFO, a
/// device, a missing path or a file past the limit it answers null, and the reader's own checks name what it is.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
[Platform("Linux")]
public sealed class RegularFileTests
{
    private string _root = "";

    [SetUp]
    public void CreateRoot()
    {
        _root = Path.Combine(Path.GetTempPath(), "harness-regular-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(_root);
    }

    [TearDown]
    public void DeleteRoot() => Directory.Delete(_root, recursive: true);

    [Test]
    public void A_plain_file_is_read_whole_and_an_empty_one_as_empty()
    {
        var text = string.Concat(Enumerable.Repeat("# 見出し\n本文\n", 5_000));
        File.WriteAllText(Path.Combine(_root, "a.md"), text);
        File.WriteAllText(Path.Combine(_root, "empty.md"), "");

        RegularFile.TryReadPlain(Path.Combine(_root, "a.md"), 1 << 20).Should().Equal(File.ReadAllBytes(Path.Combine(_root, "a.md")));
        RegularFile.TryReadPlain(Path.Combine(_root, "empty.md"), 1 << 20).Should().BeEmpty();
    }

    [Test]
    public void Anything_but_a_plain_file_within_the_limit_is_left_to_the_checks()
    {
        File.WriteAllText(Path.Combine(_root, "real.md"), "real");
        File.CreateSymbolicLink(Path.Combine(_root, "link.md"), Path.Combine(_root, "real.md"));
        Directory.CreateDirectory(Path.Combine(_root, "folder.md"));
        Process.Start("mkfifo", Path.Combine(_root, "pipe.md")).WaitForExit();

        RegularFile.TryReadPlain(Path.Combine(_root, "link.md"), 1 << 20).Should().BeNull("a link is never followed here");
        RegularFile.TryReadPlain(Path.Combine(_root, "folder.md"), 1 << 20).Should().BeNull();
        RegularFile.TryReadPlain(Path.Combine(_root, "pipe.md"), 1 << 20).Should().BeNull("a FIFO with no writer must not block");
        RegularFile.TryReadPlain("/dev/zero", 1 << 20).Should().BeNull();
        RegularFile.TryReadPlain(Path.Combine(_root, "missing.md"), 1 << 20).Should().BeNull();
        RegularFile.TryReadPlain(Path.Combine(_root, "real.md"), 3).Should().BeNull("it is past the limit");
        RegularFile.TryReadPlain(Path.Combine(_root, "real.md"), 4).Should().Equal("real"u8.ToArray());
    }
}
