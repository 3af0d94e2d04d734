using Harness.Core.Model.Config;
using Harness.Core.Model.Git;

namespace Harness.Core.Model.State;

/// <summary>The branch a track is compared with, and where that was said.</summary>
public sealed record BaseName(string Name, string Source)
{
    public bool IsDefault => Source == BaseBranch.DefaultSource;
}

/// <summary>
/// The one base resolution (restart's drift check, `harness worktree add`, `harness agents`): harness.yml's `base:`,
/// else the branch's upstream, else `main`.
/// </summary>
public static class BaseBranch
{
    public const string Default = "main";

    public const string DefaultSource = "harness's default";

    public static BaseName Resolve(HarnessConfig config, IGitRepository git) =>
        config.BaseBranch is { } configured
            ? new BaseName(configured, "harness.yml")
            : git.Upstream() is { } upstream ? new BaseName(upstream, "the branch's upstream") : new BaseName(Default, DefaultSource);
}
