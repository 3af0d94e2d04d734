using Harness.Core.Model.Config;
using Harness.Core.Model.Git;

namespace Harness.Core.Model.State;

/// <summary>
/// The base branch a track is measured against, resolved in one place for restart's base check (RST010/RST011)
/// and a handoff's Changed Files: harness.yml's `base:`, else the branch's upstream, else `main`.
/// <see cref="Commit"/> is the full hash it names, or null when git knows no such commit.
/// </summary>
public sealed record BaseBranch(string Name, string Source, string? Commit)
{
    public const string DefaultName = "main";

    public const string DefaultSource = "harness's default";

    public static BaseBranch Resolve(HarnessConfig config, IGitRepository git)
    {
        var (name, source) = config.BaseBranch is { } configured
            ? (configured, "harness.yml")
            : git.Upstream() is { } upstream ? (upstream, "the branch's upstream") : (DefaultName, DefaultSource);
        return new BaseBranch(name, source, git.ResolveCommit(name) is { Ok: true, Value: { } commit } ? commit : null);
    }
}
