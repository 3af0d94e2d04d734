namespace Harness.Cli.Tests.Support;

/// <summary>What a user sees of one run of harness: the exit code, stdout and stderr.</summary>
internal sealed record CliResult(int ExitCode, string Output, string Error)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Error}";
}
