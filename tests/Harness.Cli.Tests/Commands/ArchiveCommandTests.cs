using Harness.Cli.Tests.Support;

namespace Harness.Cli.Tests.Commands;

/// <summary>
/// `harness archive ID` on real git: a finished task's files move under tasks/archive/ID/ as staged renames, an
/// unfinished one is refused unless --force, nothing in the archive is overwritten, and the commands that name an
/// archived task say where it went.
/// </summary>
public sealed class ArchiveCommandTests
{
    private const string Folder = "tasks/archive/FEATURE-001";

    [Test]
    public void A_done_task_moves_every_file_and_git_status_shows_the_renames()
    {
        using var repo = DoneSingleAgentTask();
        repo.Write("tasks/FEATURE-001-handoffs/20261130T120000Z-brief.md", "# Handoff\n");
        repo.CommitAll("handoff");
        repo.Write(".harness/evidence/FEATURE-001/run.json", "{}\n");
        repo.Write(".gitignore", ".harness/\n");
        repo.CommitAll("ignore the evidence");

        var archive = repo.Harness("archive", "FEATURE-001");

        archive.ExitCode.Should().Be(0, archive.ToString());
        foreach (var (from, to) in new[]
                 {
                     ("tasks/FEATURE-001-brief.md", $"{Folder}/FEATURE-001-brief.md"),
                     ("tasks/FEATURE-001-progress.md", $"{Folder}/FEATURE-001-progress.md"),
                     ("tasks/FEATURE-001-handoffs/20261130T120000Z-brief.md", $"{Folder}/FEATURE-001-handoffs/20261130T120000Z-brief.md"),
                 })
        {
            repo.Exists(from).Should().BeFalse(from);
            repo.Exists(to).Should().BeTrue(to);
            archive.Output.Should().Contain($"git mv {from} -> {to}");
            repo.RunGit("status", "--porcelain").Should().Contain($"R  {from} -> {to}");
        }
        repo.Exists(".harness/evidence/FEATURE-001").Should().BeFalse("the evidence goes with the task");
        repo.Exists("tasks/FEATURE-001-handoffs").Should().BeFalse("the emptied handoffs folder goes too");
        archive.Output.Should().Contain($"moved  .harness/evidence/FEATURE-001/run.json -> {Folder}/evidence/run.json")
            .And.Contain("commit them: git commit -m 'Archive FEATURE-001'");
        repo.Harness("lint").ExitCode.Should().Be(0, "the archive is not read as live tasks");
    }

    [Test]
    public void A_task_with_an_unfinished_track_is_refused_naming_the_tracks_and_moved_with_force()
    {
        using var repo = TempRepo.Sample();

        var refused = repo.Harness("archive", "FEATURE-002");

        refused.ExitCode.Should().Be(2, refused.ToString());
        refused.Error.Should().Be(
            "harness: FEATURE-002 is not finished: Track B (in-progress), Track C (ready-after-a-and-b); finish it first, or archive it anyway with --force\n");
        repo.Exists("tasks/FEATURE-002-plan.md").Should().BeTrue("a refused archive moves nothing");
        repo.Exists("tasks/archive").Should().BeFalse();

        var forced = repo.Harness("archive", "FEATURE-002", "--force");

        forced.ExitCode.Should().Be(0, forced.ToString());
        forced.Output.Should().Contain("with --force, unfinished: Track B (in-progress), Track C (ready-after-a-and-b)");
        repo.Exists("tasks/archive/FEATURE-002/feature-list.md").Should().BeTrue("the task's own feature list goes with it");
        repo.Exists("docs/harness/feature-list.md").Should().BeFalse();
        repo.RunGit("status", "--porcelain").Should().Contain("R  docs/harness/feature-list.md -> tasks/archive/FEATURE-002/feature-list.md");
    }

    [Test]
    public void The_board_leaves_an_archived_task_off_and_lists_it_with_all()
    {
        using var repo = TempRepo.Sample();
        repo.Harness("archive", "FEATURE-002", "--force").ExitCode.Should().Be(0);

        var board = repo.Harness("board", "--out", "board.html");
        var hidden = repo.Read("board.html");
        var all = repo.Harness("board", "--out", "all.html", "--all");
        var shown = repo.Read("all.html");

        board.ExitCode.Should().Be(0, board.ToString());
        hidden.Should().Contain("data-task=\"FEATURE-001\"").And.NotContain("FEATURE-002", "an archived task is finished history");
        all.ExitCode.Should().Be(0, all.ToString());
        shown.Should().Contain("<li data-archived-task=\"FEATURE-002\">FEATURE-002 <span class=\"muted\">tasks/archive/FEATURE-002/</span></li>");
    }

    [Test]
    public void An_existing_archive_entry_is_never_overwritten()
    {
        using var repo = DoneSingleAgentTask();
        repo.Write($"{Folder}/FEATURE-001-brief.md", "# an older archive\n");

        var refused = repo.Harness("archive", "FEATURE-001");

        refused.ExitCode.Should().Be(2, refused.ToString());
        refused.Error.Should().Be($"harness: {Folder}: already in the archive; archive never overwrites it: move it away first\n");
        repo.Read($"{Folder}/FEATURE-001-brief.md").Should().Be("# an older archive\n");
        repo.Exists("tasks/FEATURE-001-progress.md").Should().BeTrue("nothing moved");
    }

    [Test]
    public void Status_hides_archived_tasks_unless_all_and_restart_and_new_say_where_the_task_is()
    {
        using var repo = DoneSingleAgentTask();
        repo.Harness("archive", "FEATURE-001").ExitCode.Should().Be(0);

        var status = repo.Harness("status");
        var all = repo.Harness("status", "--all");
        var json = repo.Harness("status", "--all", "--format", "json");
        var restart = repo.Harness("restart", "FEATURE-001");
        var created = repo.Harness("new", "FEATURE-001", "--title", "again");

        status.Output.Should().NotContain("FEATURE-001").And.Contain("1 archived task(s) not shown (--all lists them)");
        all.Output.Should().Contain($"FEATURE-001 (archived: {Folder}/)").And.Contain("FEATURE-002 (long-running)");
        CommandSchemas.Errors(json.Output).Should().BeEmpty();
        json.Output.Should().Contain($"\"archived\": [\n    {{\n      \"task\": \"FEATURE-001\",\n      \"path\": \"{Folder}\"");
        restart.ExitCode.Should().Be(2, restart.ToString());
        restart.Error.Should().Be(
            $"harness: FEATURE-001 is archived in {Folder}/ (`harness archive FEATURE-001`); to bring it back, move its files back where they were " +
            $"(git mv for those git tracks): {Folder}/FEATURE-001-brief.md -> tasks/FEATURE-001-brief.md, {Folder}/FEATURE-001-progress.md -> tasks/FEATURE-001-progress.md\n");
        created.ExitCode.Should().Be(2, created.ToString());
        created.Error.Should().StartWith("harness: task FEATURE-001 exists already: FEATURE-001 is archived in tasks/archive/FEATURE-001/");
        repo.Exists("tasks/FEATURE-001-brief.md").Should().BeFalse("new wrote nothing");
    }

    [Test]
    public void Agents_hides_the_work_trees_of_archived_tasks_unless_all()
    {
        using var repo = TempRepo.Sample();
        repo.Harness("worktree", "add", "FEATURE-002", "--track", "B").ExitCode.Should().Be(0);
        repo.Harness("archive", "FEATURE-002", "--force").ExitCode.Should().Be(0);
        repo.CommitAll("archive FEATURE-002");

        var hidden = repo.Harness("agents", "--format", "json");
        var all = repo.Harness("agents", "--all", "--format", "json");
        var text = repo.Harness("agents", "--all");

        hidden.Output.Should().NotContain("feature-002/b");
        CommandSchemas.Errors(all.Output).Should().BeEmpty();
        all.Output.Should().Contain("\"branch\": \"feature-002/b\",\n      \"task\": \"FEATURE-002\",\n      \"archived\": true");
        text.Output.Should().Contain("FEATURE-002 (archived)");
    }

    /// <summary>The sample with FEATURE-001 (a single-agent task) done, committed.</summary>
    private static TempRepo DoneSingleAgentTask()
    {
        var repo = TempRepo.Sample();
        repo.Edit("tasks/FEATURE-001-progress.md", "## Status\n- ready-for-handoff", "## Status\n- done");
        repo.CommitAll("FEATURE-001 done");
        return repo;
    }
}
