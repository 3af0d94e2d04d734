using Harness.Cli.Tests.Support;

namespace Harness.Cli.Tests.Robustness;

/// <summary>Which commands this build of harness has (the robustness suites cover each one that exists).</summary>
internal static class HarnessCommands
{
    private static readonly Lazy<HashSet<string>> Names = new(() =>
    {
        var help = HarnessRunner.Run(Path.GetTempPath(), "--help").Output;
        var commands = help[(help.IndexOf("Commands:", StringComparison.Ordinal) + "Commands:".Length)..];
        return commands.Split('\n').Select(l => l.Trim().Split(' ', 2)[0]).Where(n => n.Length > 0).ToHashSet(StringComparer.Ordinal);
    });

    public static bool Exists(string name) => Names.Value.Contains(name);
}
