using System.Diagnostics;

namespace Harness.Cli.Tests.Support;

/// <summary>
/// How a test starts the built tool as its own process: the Native AOT binary that the test build publishes beside
/// the tests (aot/harness, the binary users install), or, where it was not built, `dotnet harness.dll`.
/// HARNESS_TEST_BINARY names another binary to test (an installed tool, say).
/// </summary>
internal static class HarnessBinary
{
    private static readonly string Dll = Path.Combine(AppContext.BaseDirectory, "harness.dll");

    /// <summary>The native binary the tests run, or null to run the dll through dotnet.</summary>
    public static string? Native { get; } = FindNative();

    /// <summary>The program to start.</summary>
    public static string FileName => Native ?? "dotnet";

    /// <summary>The arguments that come before harness's own (the dll, for dotnet).</summary>
    public static IReadOnlyList<string> LeadingArguments => Native is null ? [Dll] : [];

    /// <summary>The command a shell script runs, quoted for sh: `'…/harness'` or `dotnet '…/harness.dll'`.</summary>
    public static string ShellCommand => Native is null ? $"dotnet {Quote(Dll)}" : Quote(Native);

    /// <summary>A `#!/bin/sh` script that runs the tool with its arguments, as an installed `harness` on PATH would.</summary>
    public static string Shim => $"#!/bin/sh\nexec {ShellCommand} \"$@\"\n";

    /// <summary>A start info for the tool with <paramref name="args"/>, output redirected.</summary>
    public static ProcessStartInfo StartInfo(string workingDirectory, IEnumerable<string> args)
    {
        var info = new ProcessStartInfo(FileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in LeadingArguments.Concat(args))
        {
            info.ArgumentList.Add(arg);
        }
        info.Environment["NO_COLOR"] = "1";
        return info;
    }

    private static string? FindNative()
    {
        var named = Environment.GetEnvironmentVariable("HARNESS_TEST_BINARY");
        if (!string.IsNullOrEmpty(named))
        {
            return File.Exists(named) ? Path.GetFullPath(named) : throw new FileNotFoundException($"HARNESS_TEST_BINARY names no file: {named}");
        }
        var published = Path.Combine(AppContext.BaseDirectory, "aot", "harness");
        // Only a binary at least as new as the dll it was built from: a stale one would test yesterday's code.
        return File.Exists(published) && File.GetLastWriteTimeUtc(published) >= File.GetLastWriteTimeUtc(Dll) ? published : null;
    }

    private static string Quote(string path) => "'" + path.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
