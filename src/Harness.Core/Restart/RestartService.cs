using Harness.Core.Model.Artifacts;
using Harness.Core.Model.Templates;
using Harness.Core.Model.Text;
using Harness.Core.Model.Workspaces;
using Harness.Core.Model.Writing;
using Harness.Core.Verify;

namespace Harness.Core.Restart;

/// <summary>The options of `harness restart` beyond the request: how to print, where, and how strictly.</summary>
public sealed record RestartOptions(string Repo, RestartRequest Request, bool Json, string? OutFile, bool AllowIncomplete)
{
    /// <summary>Run the track's verify command first (asked for with --verify), streaming its output here.</summary>
    public TextWriter? VerifyFirst { get; init; }

    public TimeSpan? VerifyTimeout { get; init; }

    public CancellationToken Cancellation { get; init; }
}

/// <summary>What `harness restart` prints: the prompt (or packet), the stop conditions, and its exit code.</summary>
public sealed record RestartOutcome(int ExitCode, string? Text, IReadOnlyList<StopCondition> StopConditions);

/// <summary>`harness restart`: builds the packet, refuses on a stop condition, else renders the prompt.</summary>
public static class RestartService
{
    public static RestartOutcome Run(RestartOptions options)
    {
        var workspace = Workspace.Open(options.Repo);
        var packet = RestartPacketBuilder.Build(workspace, options.Request);
        if (options.VerifyFirst is { } verifyOutput)
        {
            // The verify runs for the packet's own track (every track when the prompt is the planner's), then the
            // packet is built again from a fresh read, so that it carries the result just recorded.
            string[] tracks = packet.Agent.Track is { } track ? [track] : [];
            VerifyService.Run(workspace, packet.TaskId, tracks, options.VerifyTimeout, verifyOutput, options.Cancellation);
            workspace = Workspace.Open(options.Repo);
            packet = RestartPacketBuilder.Build(workspace, options.Request with { TaskId = packet.TaskId, Current = false });
        }
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
