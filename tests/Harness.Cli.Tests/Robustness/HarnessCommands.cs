using Harness.Cli.Tests.Support;

namespace Harness.Cli.Tests.Robustness;

/// <summary>Which commands this build of harness has (the robustness suites cover each one that exists).</summary>
internal static class HarnessCommands
{
    public static bool Exists(string name) =>
        !HarnessRunner.Run(Path.GetTempPath(), name, "--help").Error.Contains("Unrecognized command", StringComparison.Ordinal);
}
