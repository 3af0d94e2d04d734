namespace Harness.Cli;

/// <summary>
/// The exit codes of every harness command, named in one place (the contract's "Exit codes"). They belong to the
/// command line: each command class derives its code from the report the Core service returns.
/// </summary>
internal static class ExitCodes
{
    /// <summary>The command did what it was asked and found nothing wrong.</summary>
    public const int Ok = 0;

    /// <summary>The check ran and found problems: lint errors, ownership or merge-order violations, failed verifies.</summary>
    public const int ProblemsFound = 1;

    /// <summary>Bad usage or input: a bad flag, an unknown id, an unreadable or malformed file.</summary>
    public const int InputError = 2;

    /// <summary>The restart packet is incomplete or a stop condition holds.</summary>
    public const int RestartIncomplete = 3;
}
