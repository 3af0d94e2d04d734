namespace Harness.Core.Model.Identity;

/// <summary>
/// What the session's environment says about the agent: HARNESS_TASK, HARNESS_TRACK and HARNESS_ROLE. Core never
/// reads the process environment itself; the command line reads it and hands it in, so a test gives its own.
/// </summary>
public sealed record SessionEnvironment(string? Task, string? Track, string? Role)
{
    public const string TaskVariable = "HARNESS_TASK";
    public const string TrackVariable = "HARNESS_TRACK";
    public const string RoleVariable = "HARNESS_ROLE";

    public static readonly SessionEnvironment Empty = new(null, null, null);

    /// <summary>The three variables as <paramref name="variable"/> reads them; a blank one is unset.</summary>
    public static SessionEnvironment Read(Func<string, string?> variable) =>
        new(Clean(variable(TaskVariable)), Clean(variable(TrackVariable)), Clean(variable(RoleVariable)));

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
