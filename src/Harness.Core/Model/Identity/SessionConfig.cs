using Harness.Core.Model.Git;

namespace Harness.Core.Model.Identity;

/// <summary>
/// The agent's identity as `harness start` keeps it in git config: harness.task, harness.track and harness.role,
/// per work tree where extensions.worktreeConfig is on. Read in one git call.
/// </summary>
public static class SessionConfig
{
    public const string Section = "harness";
    public const string TaskKey = "harness.task";
    public const string TrackKey = "harness.track";
    public const string RoleKey = "harness.role";

    public static readonly IReadOnlyList<string> Keys = [TaskKey, TrackKey, RoleKey];

    /// <summary>The value of each key in effect (git reads the last one), with the scope it came from.</summary>
    public static IReadOnlyDictionary<string, GitConfigEntry> Read(IGitRepository? git)
    {
        var values = new Dictionary<string, GitConfigEntry>(StringComparer.Ordinal);
        foreach (var entry in git?.ConfigSection(Section) ?? [])
        {
            if (Keys.Contains(entry.Key, StringComparer.Ordinal))
            {
                values[entry.Key] = entry;
            }
        }
        return values;
    }

    /// <summary>How an output names where a value was set: `git config harness.track`, `git config --worktree harness.track`.</summary>
    public static string SourceOf(GitConfigEntry entry) => entry.Scope switch
    {
        "local" => $"git config {entry.Key}",
        "worktree" or "global" or "system" => $"git config --{entry.Scope} {entry.Key}",
        _ => $"git config ({entry.Scope}) {entry.Key}",
    };
}
