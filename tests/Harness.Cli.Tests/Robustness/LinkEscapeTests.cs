using Harness.Cli.Tests.Support;
using ModelContextProtocol;

namespace Harness.Cli.Tests.Robustness;

/// <summary>
/// A folder of the repo replaced by a symbolic link to a folder outside it (`rm -rf tasks; ln -s /elsewhere/tasks
/// tasks`), and init over links: each command runs through the real command line (in-process: the check is in the
/// file layer, not in the process), is refused with one line naming the path and the link, and leaves the outside
/// files exactly as they were. A link inside the repo to inside the repo still works.
/// </summary>
public sealed class LinkEscapeTests
{
    private const string Suffix = "; harness reads and writes only inside the repo";

    [Test]
    public void Note_through_a_linked_tasks_folder_is_refused_and_writes_nothing_outside()
    {
        using var repo = TempRepo.Sample();
        using var outside = TempRepo.Empty();
        var target = LinkOut(repo, "tasks", outside);
        var before = Snapshot(outside);

        var result = repo.Harness(["note", "FEATURE-002", "--completed", "外のファイルに書いた"]);

        result.ExitCode.Should().Be(2, result.ToString());
        result.Error.Trim().Should().Be($"harness: tasks: leaves the repo through the link tasks -> {target}{Suffix}");
        Snapshot(outside).Should().Equal(before, "nothing outside the repo is written, not even a lock");
    }

    [Test]
    public void New_through_a_linked_docs_harness_folder_is_refused_and_the_outside_feature_list_stays()
    {
        using var repo = TempRepo.Sample();
        using var outside = TempRepo.Empty();
        var target = LinkOut(repo, "docs/harness", outside);
        var before = Snapshot(outside);

        var result = repo.Harness(["new", "FEATURE-003", "--title", "検索の改善", "--single-agent"]);

        result.ExitCode.Should().Be(2, result.ToString());
        result.Error.Should().Contain($"leaves the repo through the link docs/harness -> {target}{Suffix}").And.NotContain("Exception");
        Snapshot(outside).Should().Equal(before);
        repo.Exists("tasks/FEATURE-003-brief.md").Should().BeFalse();
    }

    [Test]
    public void Verify_with_a_linked_evidence_folder_is_refused_before_the_command_runs()
    {
        using var repo = TempRepo.Sample();
        using var outside = TempRepo.Empty();
        Directory.CreateDirectory(outside.PathOf("evidence"));
        Directory.CreateDirectory(repo.PathOf(".harness"));
        Directory.CreateSymbolicLink(repo.PathOf(".harness/evidence"), outside.PathOf("evidence"));

        var result = repo.Harness(["verify", "FEATURE-002", "--track", "A"]);

        result.ExitCode.Should().Be(2, result.ToString());
        result.Error.Trim().Should().Be(
            $"harness: .harness/evidence/FEATURE-002: leaves the repo through the link .harness/evidence -> {outside.PathOf("evidence")}{Suffix}");
        result.Output.Should().NotContain("== Track A", "the command is not run when its record has nowhere to go");
        Directory.EnumerateFileSystemEntries(outside.PathOf("evidence")).Should().BeEmpty();
    }

    [Test]
    public void Handoff_into_a_linked_handoff_folder_is_refused_and_the_outside_folder_stays_empty()
    {
        using var repo = TempRepo.Sample();
        using var outside = TempRepo.Empty();
        Directory.CreateDirectory(outside.PathOf("handoffs"));
        Directory.CreateSymbolicLink(repo.PathOf("tasks/FEATURE-002-handoffs"), outside.PathOf("handoffs"));

        var result = repo.Harness(["handoff", "FEATURE-002", "--track", "A", "--to", "coder-b", "--status", "done"]);

        result.ExitCode.Should().Be(2, result.ToString());
        result.Error.Should().Contain($"leaves the repo through the link tasks/FEATURE-002-handoffs -> {outside.PathOf("handoffs")}{Suffix}")
            .And.NotContain("Exception");
        Directory.EnumerateFileSystemEntries(outside.PathOf("handoffs")).Should().BeEmpty();
    }

    [Test]
    public void Restart_out_into_a_linked_folder_of_the_repo_is_refused()
    {
        using var repo = TempRepo.Sample();
        using var outside = TempRepo.Empty();
        Directory.CreateSymbolicLink(repo.PathOf("out"), outside.Root);

        var result = repo.Harness(["restart", "FEATURE-002", "--allow-incomplete", "--out", "out/restart.md"]);

        result.ExitCode.Should().Be(2, result.ToString());
        result.Error.Trim().Should().Be($"harness: out/restart.md: leaves the repo through the link out -> {outside.Root}{Suffix}");
        File.Exists(outside.PathOf("restart.md")).Should().BeFalse();
    }

    [Test]
    public void Init_agent_with_a_linked_claude_folder_is_refused_before_anything_is_written()
    {
        using var repo = TempRepo.Git();
        using var outside = TempRepo.Empty();
        outside.Write("claude/settings.json", "{\n  \"model\": \"外の設定\"\n}\n");
        Directory.CreateSymbolicLink(repo.PathOf(".claude"), outside.PathOf("claude"));
        var before = Snapshot(outside);

        var result = repo.Harness(["init", "--agent", "claude"]);

        result.ExitCode.Should().Be(2, result.ToString());
        result.Error.Trim().Should().Be(
            $"harness: .claude/settings.json: leaves the repo through the link .claude -> {outside.PathOf("claude")}{Suffix}");
        Snapshot(outside).Should().Equal(before);
        repo.Exists("harness.yml").Should().BeFalse("a refused init leaves the repo as it was");
    }

    [Test]
    public void Init_agent_never_merges_the_text_of_a_linked_claude_md_from_outside_into_the_repo()
    {
        using var repo = TempRepo.Git();
        using var outside = TempRepo.Empty();
        outside.Write("CLAUDE.md", "# 個人用メモ\n\n外に置いた秘密の指示\n");
        File.CreateSymbolicLink(repo.PathOf("CLAUDE.md"), outside.PathOf("CLAUDE.md"));

        var result = repo.Harness(["init", "--agent", "claude"]);

        result.ExitCode.Should().Be(2, result.ToString());
        result.Error.Trim().Should().Be($"harness: CLAUDE.md: leaves the repo through the link CLAUDE.md -> {outside.PathOf("CLAUDE.md")}{Suffix}");
        outside.Read("CLAUDE.md").Should().Be("# 個人用メモ\n\n外に置いた秘密の指示\n");
        Directory.EnumerateFiles(repo.Root, "*", SearchOption.AllDirectories)
            .Where(f => !f.Contains("/.git/", StringComparison.Ordinal) && new FileInfo(f).LinkTarget is null)
            .Should().NotContain(f => File.ReadAllText(f).Contains("秘密の指示"));
    }

    [Test]
    public void Init_force_passes_over_a_bak_that_links_outside_and_keeps_the_old_file_in_the_next_free_name()
    {
        using var repo = TempRepo.Git();
        using var outside = TempRepo.Empty();
        outside.Write("victim.txt", "外のファイル\n");
        repo.Write("harness.yml", "version: 1\n# 手で書いた設定\n");
        File.CreateSymbolicLink(repo.PathOf("harness.yml.bak"), outside.PathOf("victim.txt"));

        var result = repo.Harness(["init", "--force"]);

        result.ExitCode.Should().Be(0, result.ToString());
        result.Output.Should().Contain("replaced harness.yml (the old file is kept as harness.yml.bak.1)");
        outside.Read("victim.txt").Should().Be("外のファイル\n");
        repo.Read("harness.yml.bak.1").Should().Be("version: 1\n# 手で書いた設定\n");
    }

    [Test]
    public void Init_force_never_creates_a_file_outside_through_a_dangling_bak_link()
    {
        using var repo = TempRepo.Git();
        using var outside = TempRepo.Empty();
        repo.Write("harness.yml", "version: 1\n");
        File.CreateSymbolicLink(repo.PathOf("harness.yml.bak"), outside.PathOf("planted.txt"));

        var result = repo.Harness(["init", "--force"]);

        result.ExitCode.Should().Be(0, result.ToString());
        File.Exists(outside.PathOf("planted.txt")).Should().BeFalse();
        repo.Read("harness.yml.bak.1").Should().Be("version: 1\n");
    }

    [Test]
    public void Init_force_refuses_an_artifact_that_is_a_link_to_an_outside_file_and_copies_none_of_its_text()
    {
        using var repo = TempRepo.Git();
        using var outside = TempRepo.Empty();
        outside.Write("secret.md", "# 秘密\n\n外の文書\n");
        Directory.CreateDirectory(repo.PathOf("docs/harness"));
        File.CreateSymbolicLink(repo.PathOf("docs/harness/restart-protocol.md"), outside.PathOf("secret.md"));

        var result = repo.Harness(["init", "--force"]);

        result.ExitCode.Should().Be(2, result.ToString());
        result.Error.Trim().Should().Be(
            $"harness: docs/harness/restart-protocol.md: leaves the repo through the link docs/harness/restart-protocol.md -> {outside.PathOf("secret.md")}{Suffix}");
        repo.Exists("docs/harness/restart-protocol.md.bak").Should().BeFalse();
        outside.Read("secret.md").Should().Be("# 秘密\n\n外の文書\n");
    }

    [Test]
    public void Init_force_twice_keeps_the_original_and_every_later_version()
    {
        using var repo = TempRepo.Git();
        repo.Write("harness.yml", "version: 1\n# 最初に手で書いた版\n");

        var first = repo.Harness(["init", "--force"]);
        var scaffold = repo.Read("harness.yml");
        var second = repo.Harness(["init", "--force"]);

        first.Output.Should().Contain("replaced harness.yml (the old file is kept as harness.yml.bak)");
        second.Output.Should().Contain("replaced harness.yml (the old file is kept as harness.yml.bak.1)");
        repo.Read("harness.yml.bak").Should().Be("version: 1\n# 最初に手で書いた版\n");
        repo.Read("harness.yml.bak.1").Should().Be(scaffold);
    }

    [Test]
    public async Task Mcp_refuses_to_read_an_artifact_under_a_linked_folder()
    {
        using var repo = TempRepo.Sample();
        using var outside = TempRepo.Empty();
        outside.Write("docs/harness/restart-protocol.md", "# Restart Protocol\n\n外の秘密\n");
        Directory.Delete(repo.PathOf("docs"), recursive: true);
        Directory.CreateSymbolicLink(repo.PathOf("docs"), outside.PathOf("docs"));
        await using var session = await Mcp.McpSession.StartAsync(repo.Root);

        var read = async () => await session.Client.ReadResourceAsync("harness://artifact/docs/harness/restart-protocol.md");

        (await read.Should().ThrowAsync<McpProtocolException>()).Which.Message.Should()
            .Contain($"docs/harness/restart-protocol.md: leaves the repo through the link docs -> {outside.PathOf("docs")}{Suffix}")
            .And.NotContain("外の秘密");
    }

    [Test]
    public void A_link_inside_the_repo_to_a_folder_inside_it_is_followed_as_before()
    {
        using var repo = TempRepo.Sample();
        Directory.Move(repo.PathOf("tasks"), repo.PathOf("work-tasks"));
        Directory.CreateSymbolicLink(repo.PathOf("tasks"), "work-tasks");

        var result = repo.Harness(["note", "FEATURE-002", "--completed", "リンク先で更新"]);

        result.ExitCode.Should().Be(0, result.ToString());
        repo.Read("work-tasks/FEATURE-002-progress.md").Should().Contain("- リンク先で更新");
    }

    /// <summary>Moves the repo folder out to <paramref name="outside"/> and puts a link to it in its place; returns the target.</summary>
    private static string LinkOut(TempRepo repo, string folder, TempRepo outside)
    {
        var target = outside.PathOf(folder);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        Directory.Move(repo.PathOf(folder), target);
        Directory.CreateSymbolicLink(repo.PathOf(folder), target);
        return target;
    }

    /// <summary>Every file outside, with its bytes: what a refused command must leave as it was.</summary>
    private static List<string> Snapshot(TempRepo outside) =>
        Directory.EnumerateFiles(outside.Root, "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(f => f + "\n" + Convert.ToBase64String(File.ReadAllBytes(f)))
            .ToList();
}
