namespace Harness.Core.Model.Git;

/// <summary>What a git command answered; <see cref="NotInstalled"/> when there was no git to start at all.</summary>
internal sealed record GitResult(int ExitCode, string Output, string Error, bool NotInstalled = false)
{
    public bool Ok => ExitCode == 0;
}
