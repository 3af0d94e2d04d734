using Harness.Core.Model.Identity;
using Harness.Core.Model.Workspaces;

namespace Harness.Cli;

/// <summary>
/// The task (and track) of a command that takes them as optional flags: what the flags say, else who the session
/// is (see `harness start`). When anything came from the session, stderr says from where, so that the output
/// alone shows which task and track the command worked on.
/// </summary>
internal static class SessionIdentity
{
    public sealed record Subject(string TaskId, string? Track);

    public static Subject Resolve(CliContext context, Workspace workspace, string? taskId, string? track, string command, bool needsTrack)
    {
        if (taskId is not null && (track is not null || !needsTrack))
        {
            return new Subject(taskId, track);
        }
        var identity = IdentityResolver.Resolve(workspace, new IdentityRequest(taskId, track, null, $"{command} with no task id", needsTrack), context.Session);
        var resolvedTrack = needsTrack ? IdentityResolver.RequireTrack(identity, command) : identity.Agent.Track;
        context.Error.WriteLine($"harness: {command} {IdentityResolver.Describe(identity.Agent)}");
        return new Subject(identity.Task.Id, resolvedTrack);
    }
}
