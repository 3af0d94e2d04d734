using Harness.Cli.Tests.Support;

namespace Harness.Cli.Tests.Commands;

/// <summary>`init` writes the .gitignore lines for harness's own leftovers; the evidence stays committed.</summary>
public sealed class InitGitIgnoreTests
{
    private static readonly string[] Leftovers =
    [
        "tasks/FEATURE-001/progress-note.md.lock",
        "tasks/FEATURE-001/.progress-note.md.0123456789abcdef0123456789abcdef.tmp",
        ".harness/evidence/FEATURE-001/.20261130T224100000Z-A.json.0123456789abcdef0123456789abcdef.tmp",
        ".claude/settings.json.lock",
        ".codex/config.toml.lock",
        ".harness/board.html",
    ];

    private static readonly string[] Committed =
    [
        ".harness/evidence/FEATURE-001/20261130T224100000Z-A.json",
        ".harness/templates/brief.md.scriban",
        "tasks/FEATURE-001/progress-note.md",
        "docs/harness/feature-list.md",
        "notes.tmp",
        "docs/board.html",
    ];

    [Test]
    public void Init_ignores_harness_locks_and_temporary_files_but_not_the_evidence()
    {
        using var repo = TempRepo.Git();

        var result = repo.Harness("init");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Output.Should().Contain("created .gitignore");
        foreach (var path in Leftovers.Concat(Committed))
        {
            repo.Write(path, "x");
        }
        IgnoredOf(repo, Leftovers.Concat(Committed)).Should().BeEquivalentTo(Leftovers);
    }

    [Test]
    public void An_existing_gitignore_keeps_its_lines_and_a_second_init_adds_nothing()
    {
        using var repo = TempRepo.Git();
        const string original = "# ビルド成果物\r\nbin/\r\nobj/\r\n*.md.lock";
        repo.Write(".gitignore", original);

        var first = repo.Harness("init");
        var afterFirst = repo.Read(".gitignore");
        var second = repo.Harness("init");

        first.Output.Should().Contain("updated .gitignore");
        afterFirst.Should().StartWith(original + "\r\n\r\n# harness: ");
        afterFirst.Should().NotContain("\r\n*.md.lock\r\n*.md.lock", "a line the user has is not added again");
        afterFirst.Split("\r\n").Count(line => line == "*.md.lock").Should().Be(1);
        afterFirst.Replace("\r\n", "").Should().NotContain("\n", "the file's CRLF is kept");
        second.ExitCode.Should().Be(0, second.ToString());
        second.Output.Should().Contain("kept .gitignore");
        repo.Read(".gitignore").Should().Be(afterFirst);
        foreach (var path in Leftovers.Concat(Committed))
        {
            repo.Write(path, "x");
        }
        IgnoredOf(repo, Leftovers.Concat(Committed)).Should().BeEquivalentTo(Leftovers);
    }

    private static IReadOnlyList<string> IgnoredOf(TempRepo repo, IEnumerable<string> paths) =>
        repo.RunGitAllowingFailure(new[] { "check-ignore", "--no-index" }.Concat(paths).ToArray())
            .Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
