using Harness.Core.Model.CommandLine;
using Harness.Core.Model.Git;
using Harness.Core.Model.Identity;
using Harness.Core.Model.State;
using Harness.Core.Model.Templates;
using Harness.Core.Model.Text;
using Harness.Core.Model.Workspaces;
using Harness.Core.Model.Writing;

namespace Harness.Core.Hooks;

/// <summary>What `hooks install` did: the hook's path, and whether it wrote it or found one there already.</summary>
public sealed record HookInstall(string HookPath, bool Written, string Line);

/// <summary>The task and track a pre-commit guard checks, and where that choice came from.</summary>
public sealed record HookTarget(string TaskId, string Track, string Source);

/// <summary>
/// The git pre-commit hook: `hooks install` writes a one-line hook that runs `harness hooks pre-commit`,
/// which picks the task and track and runs guard on the staged changes. An existing hook is never replaced.
/// </summary>
public static class HooksService
{
    private const string Template = "pre-commit";

    public static HookInstall Install(Workspace workspace)
    {
        var git = RequireGit(workspace);
        var hooks = git.HooksPath();
        if (!hooks.Ok)
        {
            throw new HarnessInputException($"git cannot name the hooks folder: {hooks.Error}");
        }
        var folder = Path.GetFullPath(Path.Combine(workspace.Root, hooks.Value!));
        var hook = Path.Combine(folder, "pre-commit");
        var repo = git.Prefix.Length == 0 ? "." : git.Prefix.TrimEnd('/');
        var line = CommandWords.PreCommitHook(ShellQuote.Single(repo));
        if (File.Exists(hook) || Directory.Exists(hook))
        {
            return new HookInstall(hook, false, line);
        }
        Directory.CreateDirectory(folder);
        var text = new TemplateStore(workspace.Root, workspace.Config.TemplatesPath)
            .Render(Template, new Dictionary<string, object?> { ["repo"] = repo, ["repo_sh"] = ShellQuote.Single(repo) });
        if (!AtomicFile.TryCreate(hook, text))
        {
            return new HookInstall(hook, false, line);
        }
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(hook, File.GetUnixFileMode(hook) | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
        }
        return new HookInstall(hook, true, line);
    }

    /// <summary>
    /// The task and track to guard, resolved as every command resolves who the agent is (the session's
    /// HARNESS_TASK / HARNESS_TRACK, git config harness.task / harness.track as `harness start` sets them, else the
    /// newest in-progress Progress Note and its front matter's track); null when that names no track.
    /// </summary>
    public static HookTarget? Target(Workspace workspace, SessionEnvironment environment)
    {
        var git = new GitFacts(RequireGit(workspace));
        var claims = SessionClaims.Read(new IdentityRequest(null, null, null), environment, workspace.Git);
        if (claims.Task is null && CurrentTask.InProgress(workspace, git).Count == 0)
        {
            return null;
        }
        var agent = IdentityResolver.Resolve(workspace, claims, git, "pre-commit", needsTrack: true).Agent;
        return agent.Track is null
            ? null
            : new HookTarget(agent.TaskId, agent.Track, $"task {agent.TaskId} from {agent.TaskSource}, Track {agent.Track} from {agent.Source}");
    }

    private static IGitRepository RequireGit(Workspace workspace) =>
        workspace.Git ?? throw new HarnessInputException($"{workspace.Root} is not in a git work tree; git hooks need one");
}
