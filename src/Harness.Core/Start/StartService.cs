using Harness.Core.Model.CommandLine;
using Harness.Core.Model.Git;
using Harness.Core.Model.Identity;
using Harness.Core.Model.State;
using Harness.Core.Model.Workspaces;

namespace Harness.Core.Start;

/// <summary>What `harness start` was asked: a task with its track and role, or to forget them.</summary>
public sealed record StartRequest(string? TaskId, string? Track, string? Role, bool Clear);

/// <summary>What `harness start` wrote (or cleared), and where.</summary>
/// <param name="Agent">Who the session now is; null after a clear.</param>
/// <param name="Written">The keys set, each with its value (a key unset by the start is absent).</param>
/// <param name="Scope">The config written: this work tree's, or the repository's.</param>
/// <param name="EnabledWorktreeConfig">True when start turned on extensions.worktreeConfig to keep the identity per work tree.</param>
/// <param name="Shadowing">HARNESS_* variables of this environment that come before git config, as NAME=VALUE.</param>
/// <param name="StillSet">After a clear: values still in effect from another config (global, the repository's), as `source = value`.</param>
public sealed record StartReport(
    AgentIdentity? Agent,
    IReadOnlyList<KeyValuePair<string, string>> Written,
    GitConfigScope Scope,
    bool EnabledWorktreeConfig,
    IReadOnlyList<string> Shadowing,
    IReadOnlyList<string> StillSet);

/// <summary>
/// `harness start ID [--track T] [--as ROLE]`: sets who the session's agent is by writing harness.task, harness.track
/// and harness.role into this work tree's git config, after checking them as restart would read them; `--clear` removes them.
/// </summary>
public static class StartService
{
    public static StartReport Run(Workspace workspace, StartRequest request, SessionEnvironment environment)
    {
        var git = workspace.Git ?? throw new HarnessInputException(
            $"{workspace.Root} is not in a git work tree; start keeps the session's identity in git config. Outside git, set " +
            $"{SessionEnvironment.TaskVariable} and {SessionEnvironment.TrackVariable} in the agent's environment instead");
        return request.Clear ? Clear(git, environment) : Set(workspace, git, request, environment);
    }

    private static StartReport Set(Workspace workspace, IGitRepository git, StartRequest request, SessionEnvironment environment)
    {
        var taskId = request.TaskId ?? throw new HarnessInputException($"start needs a task id (or {CommandWords.Clear})");
        var claims = SessionClaims.FlagsOnly(new IdentityRequest(taskId, request.Track, request.Role));
        var identity = IdentityResolver.Resolve(workspace, claims, new GitFacts(git), "start").Agent;
        var (scope, enabled) = Scope(git, enable: true);
        var values = new Dictionary<string, string?>
        {
            [SessionConfig.TaskKey] = identity.TaskId,
            [SessionConfig.TrackKey] = identity.Track,
            // The role is kept only when it was said: otherwise the track's owner says it, as it does for everyone.
            [SessionConfig.RoleKey] = request.Role is null ? null : identity.Role,
        };
        var written = new List<KeyValuePair<string, string>>();
        foreach (var (key, value) in values)
        {
            var answer = value is null ? git.UnsetConfig(key, scope) : git.SetConfig(key, value, scope);
            Check(answer, key);
            if (value is not null)
            {
                written.Add(new(key, value));
            }
        }
        return new StartReport(identity, written, scope, enabled, Shadowing(environment), []);
    }

    private static StartReport Clear(IGitRepository git, SessionEnvironment environment)
    {
        var (scope, _) = Scope(git, enable: false);
        foreach (var key in SessionConfig.Keys)
        {
            Check(git.UnsetConfig(key, scope), key);
        }
        var still = SessionConfig.Read(git).Values.Select(e => $"{SessionConfig.SourceOf(e)} = {e.Value}").ToList();
        return new StartReport(null, [], scope, false, Shadowing(environment), still);
    }

    /// <summary>
    /// This work tree's own config when git keeps one (extensions.worktreeConfig), turned on when the repository has
    /// linked work trees, so that each work tree's agent keeps its own identity; else the repository's config.
    /// </summary>
    private static (GitConfigScope Scope, bool Enabled) Scope(IGitRepository git, bool enable)
    {
        if (git.ConfigFlag("extensions.worktreeConfig"))
        {
            return (GitConfigScope.Worktree, false);
        }
        if (!enable || !git.HasLinkedWorktrees())
        {
            return (GitConfigScope.Local, false);
        }
        Check(git.SetConfig("extensions.worktreeConfig", "true", GitConfigScope.Local), "extensions.worktreeConfig");
        return (GitConfigScope.Worktree, true);
    }

    private static void Check(GitAnswer<string> answer, string key)
    {
        if (!answer.Ok)
        {
            throw new HarnessInputException($"git config {key}: git refused to write it: {answer.Error}");
        }
    }

    private static List<string> Shadowing(SessionEnvironment environment) =>
        new[]
        {
            (SessionEnvironment.TaskVariable, environment.Task),
            (SessionEnvironment.TrackVariable, environment.Track),
            (SessionEnvironment.RoleVariable, environment.Role),
        }.Where(v => v.Item2 is not null).Select(v => $"{v.Item1}={v.Item2}").ToList();
}
