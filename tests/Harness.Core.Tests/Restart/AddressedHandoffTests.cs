using Harness.Core.Model.State;
using Harness.Core.Restart;
using Harness.Core.Tests.Support;

namespace Harness.Core.Tests.Restart;

/// <summary>Which handoff a track's restart quotes: the latest addressed to it, by recorded time, not by file name.</summary>
public sealed class AddressedHandoffTests
{
    [Test]
    public void The_latest_by_created_time_wins_over_a_later_file_name_and_other_addressees_are_left_out()
    {
        using var repo = new TaskRepo();
        repo.Write("tasks/FEAT-1-handoffs/20261130T090000Z-track-a.md", Handoff("coder-b", "2026-11-30T09:00:00.9000000Z", "新しい方"));
        repo.Write("tasks/FEAT-1-handoffs/20261130T090000Z-track-a-2.md", Handoff("Track B", "2026-11-30T09:00:00.1000000Z", "古い方"));
        repo.Write("tasks/FEAT-1-handoffs/20261130T100000Z-track-a.md", Handoff("coder-x", "2026-11-30T10:00:00Z", "別の宛先"));

        var quote = Find(repo, "B");

        quote!.Entry.Path.Should().Be("tasks/FEAT-1-handoffs/20261130T090000Z-track-a.md");
        quote.Entry.From.Should().Be("coder-a");
        quote.Entry.Status.Should().Be("done");
        quote.Parts.Select(p => p.Name).Should().Equal("Exit State", "Next Owner", "Notes");
        quote.Parts.Single(p => p.Name == "Notes").Should().Be(new HandoffPart("Notes", 14, "- 新しい方"));
        Find(repo, "A").Should().BeNull("no handoff is addressed to Track A or coder-a");
    }

    [Test]
    public void Of_two_handoffs_of_one_time_the_one_committed_later_is_the_latest_whatever_the_names()
    {
        using var repo = new TaskRepo();
        const string later = "tasks/FEAT-1-handoffs/20261130T090000Z-a.md";
        const string earlier = "tasks/FEAT-1-handoffs/20261130T090000Z-b.md";
        repo.Write(earlier, Handoff("coder-b", "2026-11-30T09:00:00Z", "先に渡した"));
        repo.Write(later, Handoff("coder-b", "2026-11-30T09:00:00Z", "後で渡した"));
        repo.Git.Commit(TaskRepo.Monday, "first handoff", earlier);
        repo.Git.Commit(TaskRepo.Monday.AddMinutes(1), "second handoff", later);

        var quote = Find(repo, "B");

        quote!.Entry.Path.Should().Be(later, "the name sorts first, but its commit came after");
        quote.Parts.Single(p => p.Name == "Notes").Content.Should().Be("- 後で渡した");
    }

    private static HandoffQuote? Find(TaskRepo repo, string track)
    {
        var workspace = repo.Open();
        var task = workspace.GetTask(TaskRepo.TaskId);
        var state = new TaskState(workspace, task, new GitFacts(repo.Git)) { Track = task.FeatureList!.FindTrack(track) };
        return AddressedHandoff.Find(state);
    }

    private static string Handoff(string to, string created, string note) => $"""
        ---
        feature: FEAT-1
        track: A
        from: coder-a
        to: {to}
        status: done
        created: {created}
        ---
        # FEAT-1 Handoff: Track A to {to}

        ## Exit State
        - done

        ## Notes
        - {note}

        ## Next Owner
        - {to}

        ## Concerns

        """;
}
