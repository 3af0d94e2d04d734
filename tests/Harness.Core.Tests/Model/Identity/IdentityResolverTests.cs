using Harness.Core.Model.Identity;
using Harness.Core.Model.State;
using Harness.Core.Tests.Support;

namespace Harness.Core.Tests.Model.Identity;

/// <summary>The one resolution of who the agent is: flags, then the environment, then git config, then the note.</summary>
public sealed class IdentityResolverTests
{
    private static readonly SessionEnvironment NoEnvironment = SessionEnvironment.Empty;

    [Test]
    public void A_flag_beats_the_environment_which_beats_git_config()
    {
        using var repo = new TaskRepo();
        repo.Git.Config["harness.task"] = TaskRepo.TaskId;
        repo.Git.Config["harness.track"] = "A";
        var environment = new SessionEnvironment(null, "B", null);

        var fromConfig = Resolve(repo, new IdentityRequest(null, null, null), NoEnvironment);
        var fromEnvironment = Resolve(repo, new IdentityRequest(null, null, null), environment);
        var fromFlag = Resolve(repo, new IdentityRequest(null, "A", null), environment);

        fromConfig.Agent.Should().Match<AgentIdentity>(a => a.Track == "A" && a.Source == "git config harness.track"
            && a.TaskSource == "git config harness.task" && a.Owner == "coder-a" && a.Role == "coder" && a.RoleSource == "the track's Owner");
        fromEnvironment.Agent.Should().Match<AgentIdentity>(a => a.Track == "B" && a.Source == "environment HARNESS_TRACK" && a.Owner == "coder-b");
        fromFlag.Agent.Should().Match<AgentIdentity>(a => a.Track == "A" && a.Source == "--track");
    }

    [Test]
    public void Git_config_of_the_work_tree_comes_after_the_repository_s_and_is_named_as_such()
    {
        using var repo = new TaskRepo();
        repo.Git.Config["extensions.worktreeConfig"] = "true";
        repo.Git.Config["harness.track"] = "A";
        repo.Git.WorktreeConfig["harness.track"] = "B";

        var identity = Resolve(repo, new IdentityRequest(TaskRepo.TaskId, null, null), NoEnvironment);

        identity.Agent.Track.Should().Be("B");
        identity.Agent.Source.Should().Be("git config --worktree harness.track");
    }

    [Test]
    public void The_note_s_front_matter_names_the_track_only_when_nothing_else_does()
    {
        using var repo = new TaskRepo();
        repo.Write(TaskRepo.NotePath, "---\ntrack: B\n---\n" + File.ReadAllText(Path.Combine(repo.Root, TaskRepo.NotePath)));

        var fromNote = Resolve(repo, new IdentityRequest(null, null, null), NoEnvironment);
        repo.Git.Config["harness.track"] = "A";
        var fromConfig = Resolve(repo, new IdentityRequest(null, null, null), NoEnvironment);

        fromNote.Agent.Should().Match<AgentIdentity>(a => a.Track == "B" && a.Source == "the Progress Note's front matter"
            && a.TaskSource == $"the newest in-progress Progress Note, {TaskRepo.NotePath}");
        fromConfig.Agent.Track.Should().Be("A");
    }

    [Test]
    public void A_session_set_for_another_task_says_nothing_about_this_one()
    {
        using var repo = new TaskRepo();
        repo.Write("tasks/FEAT-2-brief.md", "# FEAT-2\n\n## Goal\n- 一つだけ直す。\n\n## Verification\n- `sh t.sh`\n");
        repo.Git.Config["harness.task"] = "FEAT-2";
        repo.Git.Config["harness.track"] = "B";

        var identity = Resolve(repo, new IdentityRequest(TaskRepo.TaskId, null, null), NoEnvironment);

        identity.Task.Id.Should().Be(TaskRepo.TaskId);
        identity.Agent.Track.Should().BeNull("git config's track B belongs to FEAT-2");
        identity.PlannerByDefault.Should().BeTrue();
    }

    [Test]
    public void A_role_without_a_track_takes_the_one_track_its_owner_plays()
    {
        using var repo = new TaskRepo();
        repo.Write(TaskRepo.FeatureListPath, TaskRepo.FeatureList("in-progress").Replace("coder-b", "reviewer-b", StringComparison.Ordinal));

        var identity = Resolve(repo, new IdentityRequest(TaskRepo.TaskId, null, "reviewer"), NoEnvironment);

        identity.Agent.Should().Match<AgentIdentity>(a => a.Track == "B" && a.Role == "reviewer" && a.RoleSource == "--as"
            && a.Source == "--as reviewer, the only track a reviewer owns");
    }

    [Test]
    public void A_role_that_several_tracks_play_or_none_is_an_input_error_listing_the_tracks()
    {
        using var repo = new TaskRepo();

        var several = () => Resolve(repo, new IdentityRequest(TaskRepo.TaskId, null, "coder"), NoEnvironment);
        var none = () => Resolve(repo, new IdentityRequest(TaskRepo.TaskId, null, "verifier"), NoEnvironment);

        several.Should().Throw<HarnessInputException>().WithMessage(
            "--as coder: 2 tracks of FEAT-1 are owned by a coder: A (coder-a), B (coder-b); name yours with --track T (or `harness start FEAT-1 --track T`)");
        none.Should().Throw<HarnessInputException>().WithMessage("--as verifier: no track of FEAT-1 is owned by a verifier; tracks: A (coder-a), B (coder-b); *--as planner");
    }

    [Test]
    public void A_stronger_role_drops_a_weaker_track_its_owner_does_not_play_and_the_planner_has_none()
    {
        using var repo = new TaskRepo();
        repo.Write(TaskRepo.FeatureListPath, TaskRepo.FeatureList("in-progress").Replace("coder-b", "reviewer-b", StringComparison.Ordinal));
        repo.Git.Config["harness.track"] = "A";

        var reviewer = Resolve(repo, new IdentityRequest(TaskRepo.TaskId, null, "reviewer"), NoEnvironment);
        var planner = Resolve(repo, new IdentityRequest(TaskRepo.TaskId, null, "planner"), NoEnvironment);
        var sameLayer = Resolve(repo, new IdentityRequest(TaskRepo.TaskId, null, null), new SessionEnvironment(null, "A", "reviewer"));

        reviewer.Agent.Track.Should().Be("B");
        planner.Agent.Should().Match<AgentIdentity>(a => a.Track == null && a.Role == "planner" && a.RoleSource == "--as");
        planner.PlannerByDefault.Should().BeFalse();
        sameLayer.Agent.Should().Match<AgentIdentity>(a => a.Track == "A" && a.Role == "reviewer", "a track and a role said in one place go together");
    }

    [Test]
    public void A_track_or_task_git_config_names_that_does_not_exist_is_an_input_error_with_its_fix()
    {
        using var repo = new TaskRepo();
        repo.Git.Config["harness.track"] = "Z";
        var track = () => Resolve(repo, new IdentityRequest(TaskRepo.TaskId, null, null), NoEnvironment);
        var task = () => Resolve(repo, new IdentityRequest(null, null, null), new SessionEnvironment("NOPE-9", null, null));

        track.Should().Throw<HarnessInputException>().WithMessage(
            "git config harness.track: FEAT-1 has no track 'Z'; tracks: A, B; fix: `harness start FEAT-1 --track T` with one of them, or `harness start --clear`");
        task.Should().Throw<HarnessInputException>().WithMessage("environment HARNESS_TASK: unknown task id 'NOPE-9' in *; tasks here: FEAT-1; fix: set HARNESS_TASK*");
    }

    [Test]
    public void Others_in_progress_are_listed_when_no_flag_named_the_task()
    {
        using var repo = new TaskRepo();
        repo.Write("tasks/FEAT-2-brief.md", "# FEAT-2\n\n## Goal\n- 一つだけ直す。\n\n## Verification\n- `sh t.sh`\n");
        repo.Write("tasks/FEAT-2-progress.md", "---\nupdated: 2001-01-01\n---\n# FEAT-2 Progress Note\n\n## Status\n- in-progress\n");
        var git = new GitFacts(repo.Git);

        var current = IdentityResolver.Resolve(repo.Open(), SessionClaims.Read(new IdentityRequest(null, null, null), NoEnvironment, repo.Git), git, "--current", listOthers: true);
        var named = IdentityResolver.Resolve(repo.Open(), SessionClaims.Read(new IdentityRequest(TaskRepo.TaskId, null, null), NoEnvironment, repo.Git), git, "--current", listOthers: true);

        current.Task.Id.Should().Be(TaskRepo.TaskId);
        current.OthersInProgress.Select(t => t.Task.Id).Should().Equal("FEAT-2");
        named.OthersInProgress.Should().BeEmpty();
    }

    private static IdentityResolution Resolve(TaskRepo repo, IdentityRequest request, SessionEnvironment environment) =>
        IdentityResolver.Resolve(repo.Open(), request, environment);
}
