using Harness.Core.Templates;
using Harness.Core.Workspaces;
using Harness.Core.Writing;

namespace Harness.Core.Packet;

/// <summary>The options of `harness restart` beyond the request: how to print, where, and how strictly.</summary>
public sealed record RestartOptions(string Repo, RestartRequest Request, bool Json, string? OutFile, bool AllowIncomplete);

/// <summary>What `harness restart` prints: the prompt (or packet), the stop conditions, and its exit code.</summary>
public sealed record RestartOutcome(int ExitCode, string? Text, IReadOnlyList<StopCondition> StopConditions);

/// <summary>`harness restart`: builds the packet, refuses on a stop condition, else renders the prompt.</summary>
public static class RestartService
{
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
            AtomicFile.Write(options.OutFile, text);
        }
        return new RestartOutcome(ExitCodes.Ok, text, packet.StopConditions);
    }
}
