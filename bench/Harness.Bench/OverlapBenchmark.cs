using System.Diagnostics;
using System.Text;

namespace Harness.Bench;

/// <summary>
/// The ownership overlap at scale (issue 14): feature lists of 5,000 and 100,000 tracks, track N owning
/// `**/*N*`, so that no literal folder tells the globs apart and track M's glob overlaps track N's whenever M's
/// digits stand in N's (35,490 pairs at 5,000 tracks, 1,163,084 at 100,000). Runs the published harness's lint
/// once a size and prints its wall time, peak memory (GNU time) and what it reported.
/// Usage: `Harness.Bench overlap [--harness PATH]` (default bench/.out/harness/harness, from bench/run.sh).
/// </summary>
internal static class OverlapBenchmark
{
    public static int Run(string[] args)
    {
        var harness = args.Length >= 2 && args[0] == "--harness" ? args[1] : Path.Combine(SampleRepo.Folder, "../bench/.out/harness/harness");
        if (!File.Exists(harness))
        {
            Console.Error.WriteLine($"{harness}: not found; publish harness first (bash bench/run.sh does)");
            return 2;
        }
        foreach (var tracks in (int[])[5_000, 100_000])
        {
            var root = Path.Combine(Path.GetTempPath(), $"harness-overlap-{tracks}-{Environment.ProcessId}");
            try
            {
                Create(root, tracks);
                var run = CommandTimer.Run(root, harness, "lint");
                var summary = run.Output.Split('\n').LastOrDefault(l => l.Contains("harness lint:", StringComparison.Ordinal))?.Trim() ?? "(no summary)";
                var more = run.Output.Split('\n').FirstOrDefault(l => l.Contains("more overlaps are not listed", StringComparison.Ordinal)) ?? "";
                var count = more.Length == 0 ? "no count" : more[(more.IndexOf("error HRN013: ", StringComparison.Ordinal) + 14)..more.IndexOf(", the first", StringComparison.Ordinal)];
                Console.WriteLine($"overlap: lint of {tracks:N0} tracks owning **/*N*: {run.Seconds:F2} s wall, {run.PeakMegabytes:F1} MB peak, exit {run.ExitCode}; {summary}; {count}");
            }
            finally
            {
                Directory.Delete(root, recursive: true);
            }
        }
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, load {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");
        return 0;
    }

    private static void Create(string root, int tracks)
    {
        Directory.CreateDirectory(Path.Combine(root, "docs/harness"));
        File.WriteAllText(Path.Combine(root, "harness.yml"), "version: 1\n");
        var text = new StringBuilder("---\nfeature: FEATURE-900\n---\n# Feature List\n\n## Purpose\n- 所有の重なりを測る。\n\n## Tracks\n\n");
        for (var i = 1; i <= tracks; i++)
        {
            text.Append($"### Track T{i}\n- Status: ready\n- Owner: coder-{i}\n- Owned Files: `**/*{i}*`\n- Verify Signal: `true`\n- Dependencies: none\n\n");
        }
        File.WriteAllText(Path.Combine(root, "docs/harness/feature-list.md"), text.ToString());
        foreach (var git in new[] { "init -q -b main", "add -A" })
        {
            using var process = Process.Start(new ProcessStartInfo("git", git) { WorkingDirectory = root, UseShellExecute = false })!;
            process.WaitForExit();
        }
    }
}
