using Harness.Core.Model.Artifacts;
using Harness.Core.Model.Templates;
using Harness.Core.Model.Text;
using Harness.Core.Model.Workspaces;
using Harness.Core.Model.Writing;
using Harness.Core.Verify;

namespace Harness.Core.Restart;

/// <summary>What `harness restart` is asked beyond the request: whether to run the verify first, and for how long.</summary>
public sealed record RestartOptions(string Repo, RestartRequest Request)
{
    /// <summary>Run the track's verify command first (asked for with --verify), streaming its output here.</summary>
    public TextWriter? VerifyFirst { get; init; }

    public TimeSpan? VerifyTimeout { get; init; }

    public CancellationToken Cancellation { get; init; }
}

/// <summary>The packet `harness restart` built, and the repo it was built from (where the prompt's templates are).</summary>
public sealed record RestartReport(string RepoRoot, RestartPacket Packet);

/// <summary>`harness restart`: builds the packet (after running the verify when asked); the command line renders it.</summary>
public static class RestartService
{
    public static RestartReport Run(RestartOptions options)
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
        return new RestartReport(workspace.Root, packet);
    }

    /// <summary>
    /// The restart prompt: the repo's restart template rendered over the packet. It stays in Core, beside the packet,
    /// because it is the restart command's product rather than a view of it: the template is a repo artifact the
    /// user may edit (rendered through Model/Templates like init's scaffolds), and the prompt is written as a file
    /// with --out; the command line only picks it as the markdown format.
    /// </summary>
    public static string Prompt(RestartReport report) =>
        new TemplateStore(report.RepoRoot).Render(TemplateStore.RestartPrompt, RestartPromptModel.Of(report.Packet));

    /// <summary>Writes the rendered output to <paramref name="outFile"/> atomically.</summary>
    public static void WriteOut(RestartReport report, string outFile, string text)
    {
        // A file the user names outside the repo is theirs to name; one inside it goes through no link that leaves.
        var target = RepoPaths.IsInside(report.RepoRoot, outFile)
            ? RepoPathGuard.FullPath(report.RepoRoot, RepoPaths.ToRelative(report.RepoRoot, outFile))
            : outFile;
        AtomicFile.Write(target, text);
    }
}
