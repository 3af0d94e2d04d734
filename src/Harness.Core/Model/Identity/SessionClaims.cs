using Harness.Core.Model.CommandLine;
using Harness.Core.Model.Git;

namespace Harness.Core.Model.Identity;

/// <summary>
/// Everything said about the agent before any artifact is read, strongest first: the command's flags, then
/// HARNESS_TASK / HARNESS_TRACK / HARNESS_ROLE, then git config harness.task / harness.track / harness.role. The
/// Progress Note, the last resort, is read by <see cref="IdentityResolver"/>.
/// </summary>
public sealed class SessionClaims
{
    public const string TaskArgument = "the task id given";

    private readonly IReadOnlyList<ClaimLayer> _layers;

    private SessionClaims(IReadOnlyList<ClaimLayer> layers, bool readsNote)
    {
        _layers = layers;
        ReadsNote = readsNote;
    }

    /// <summary>The flags alone, not even the note: what `harness start` checks before it writes them.</summary>
    public static SessionClaims FlagsOnly(IdentityRequest request) => new([Flags(request)], readsNote: false);

    /// <summary>Whether the Progress Note's front matter may name the track when nothing stronger does.</summary>
    public bool ReadsNote { get; }

    /// <summary>The flags, the session's environment and git config (asked once, and only when the flags leave something open).</summary>
    public static SessionClaims Read(IdentityRequest request, SessionEnvironment environment, IGitRepository? git) =>
        Read(request, environment, () => SessionConfig.Read(git));

    /// <summary>As <see cref="Read(IdentityRequest, SessionEnvironment, IGitRepository?)"/>, with git config as the caller read it (or started reading it).</summary>
    public static SessionClaims Read(IdentityRequest request, SessionEnvironment environment, Func<IReadOnlyDictionary<string, GitConfigEntry>> config)
    {
        var layers = new List<ClaimLayer> { Flags(request), Environment(environment) };
        if (ReadsConfig(request))
        {
            layers.Add(GitConfig(config()));
        }
        return new SessionClaims(layers, readsNote: true);
    }

    /// <summary>Whether the flags leave the task, the track or the role open, so that git config is asked.</summary>
    public static bool ReadsConfig(IdentityRequest request) => request.TaskId is null || request.Track is null || request.Role is null;

    /// <summary>The strongest task claim, or null when nothing names a task.</summary>
    public Claim? Task => _layers.Select(l => l.Task).FirstOrDefault(c => c is not null);

    /// <summary>The strongest track claim that applies to <paramref name="taskId"/>.</summary>
    public Claim? TrackFor(string taskId) => _layers.Where(l => l.AppliesTo(taskId)).Select(l => l.Track).FirstOrDefault(c => c is not null);

    /// <summary>The strongest role claim that applies to <paramref name="taskId"/>.</summary>
    public Claim? RoleFor(string taskId) => _layers.Where(l => l.AppliesTo(taskId)).Select(l => l.Role).FirstOrDefault(c => c is not null);

    private static ClaimLayer Flags(IdentityRequest request) => new(
        request.TaskId is { } id ? new Claim(id, TaskArgument, ClaimRank.Flag) : null,
        request.Track is { } track ? new Claim(track, CommandWords.Track, ClaimRank.Flag) : null,
        request.Role is { } role ? new Claim(role, CommandWords.Role, ClaimRank.Flag) : null);

    private static ClaimLayer Environment(SessionEnvironment environment)
    {
        Claim? Of(string? value, string variable) => value is null ? null : new Claim(value, $"environment {variable}", ClaimRank.Environment);
        return new ClaimLayer(
            Of(environment.Task, SessionEnvironment.TaskVariable),
            Of(environment.Track, SessionEnvironment.TrackVariable),
            Of(environment.Role, SessionEnvironment.RoleVariable));
    }

    private static ClaimLayer GitConfig(IReadOnlyDictionary<string, GitConfigEntry> config)
    {
        Claim? Of(string key) => config.TryGetValue(key, out var entry) && entry.Value.Trim().Length > 0
            ? new Claim(entry.Value.Trim(), SessionConfig.SourceOf(entry), ClaimRank.GitConfig)
            : null;
        return new ClaimLayer(Of(SessionConfig.TaskKey), Of(SessionConfig.TrackKey), Of(SessionConfig.RoleKey));
    }
}
