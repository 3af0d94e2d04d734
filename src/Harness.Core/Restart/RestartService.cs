using Harness.Core.Model.Artifacts;
using Harness.Core.Model.Templates;
using Harness.Core.Model.Text;
using Harness.Core.Model.Workspaces;
using Harness.Core.Model.Writing;
using Harness.Core.Model.State;

namespace Harness.Core.Restart;

/// <summary>The options of `harness restart` beyond the request: how to print, where, and how strictly.</summary>
public sealed record RestartOptions(string Repo, RestartRequest Request, bool Json, string? OutFile, bool AllowIncomplete);

/// <summary>Whom a restart request is for once resolved: the task, and the agent's track (null for the planner's).</summary>
public sealed record RestartSubject(string TaskId, string? Track);

/// <summary>What `harness restart` prints: the prompt (or packet), the stop conditions, and its exit code.</summary>
public sealed record RestartOutcome(int ExitCode, string? Text, IReadOnlyList<StopCondition> StopConditions);

/// <summary>`harness restart`: builds the packet, refuses on a stop condition, else renders the prompt.</summary>
public static class RestartService
{
    /// <summary>
    /// The task and track a request resolves to (--current, a role, the note's front matter), as the packet
    /// would name them: what `restart --verify` verifies before it builds the prompt.
    /// </summary>
    public static RestartSubject Subject(string repo, RestartRequest request)
    {
        var packet = RestartPacketBuilder.Build(Workspace.Open(repo), request);
        return new RestartSubject(packet.TaskId, packet.Agent.Track);
    }

    public static RestartOutcome Run(RestartOptions options)
    {
        var workspace = Workspace.Open(options.Repo);
        var packet = RestartPacketBuilder.Build(workspace, options.Request);
        if (!packet.IsComplete && !options.AllowIncomplete)
        {
            return new RestartOutcome(ExitCodes.RestartIncomplete, null, packet.StopConditions);
        }
        var text = options.Json
            ? RestartPacketJson.Write(packet)
            : new TemplateStore(workspace.Root).Render(TemplateStore.RestartPrompt, RestartPromptModel.Of(packet));
        text = text.EndsWith('\n') ? text : text + "\n";
        if (options.OutFile is not null)
        {
            // A file the user names outside the repo is theirs to name; one inside it goes through no link that leaves.
            var outFile = RepoPaths.IsInside(workspace.Root, options.OutFile)
                ? RepoPathGuard.FullPath(workspace.Root, RepoPaths.ToRelative(workspace.Root, options.OutFile))
                : options.OutFile;
            AtomicFile.Write(outFile, text);
        }
        return new RestartOutcome(ExitCodes.Ok, text, packet.StopConditions);
    }
}
