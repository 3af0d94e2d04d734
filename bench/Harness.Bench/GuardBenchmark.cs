using Harness.Core.Guard;

namespace Harness.Bench;

/// <summary>
/// The guard check at scale: 1,000 tracks, each owning a folder and a glob of test files (2,000 globs, plus
/// free and shared globs), against 100,000 and then 200,000 changed paths. Most paths belong to other tracks,
/// so nearly every path is a violation: the most work guard can do a path.
/// </summary>
internal static class GuardBenchmark
{
    private const int Tracks = 1_000;

    public static int Run(string[] args)
    {
        var tracks = Enumerable.Range(0, Tracks)
            .Select(i => new GuardTrack($"T{i}", $"coder-{i}", [$"src/module{i}/**", $"tests/module{i}/**/*Tests.cs"]))
            .ToList();
        string[] free = ["**/*.lock", "README.md", "docs/generated/**"];
        var shared = new[] { new SharedFiles(["src/common/[a-m]*.cs"], "T0") };
        var windows = new[] { new SyncWindow(["src/common/Config.cs"], "T1") };
        var policy = new OwnershipPolicy(tracks, free, shared, windows, ignoreCase: false);
        var build = Timing.Median(() => _ = new OwnershipPolicy(tracks, free, shared, windows, ignoreCase: false));
        Console.WriteLine($"guard: {Tracks:N0} tracks, {tracks.Sum(t => t.OwnedGlobs.Count):N0} owned globs; policy built in {build.Wall.TotalMilliseconds:F1} ms");
        foreach (var count in (int[])[100_000, 200_000])
        {
            var changes = Paths(count);
            var violations = 0;
            var time = Timing.Median(() => violations = policy.Check(tracks[0], changes).Count);
            Console.WriteLine($"guard: {count:N0} changed paths: {time.Wall.TotalMilliseconds:F0} ms wall, {time.Cpu.TotalMilliseconds:F0} ms CPU " +
                $"(medians of {Timing.Runs} runs after {Timing.Warmups} warm-ups), {violations:N0} violations, " +
                $"{time.Cpu.TotalMilliseconds * 1000 / count:F2} µs CPU a path");
        }
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, load {LoadAverage()}; CPU time is the steadier figure on a busy machine");
        return 0;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    /// <summary>Changed paths spread over every track's folders, with some unowned, free and shared ones.</summary>
    private static List<ChangedPath> Paths(int count)
    {
        var random = new Random(42);
        var paths = new List<ChangedPath>(count);
        for (var i = 0; i < count; i++)
        {
            var module = random.Next(Tracks);
            var path = (i % 10) switch
            {
                0 => $"tests/module{module}/unit/Case{i}Tests.cs",
                1 => $"elsewhere/unowned{i}.txt",
                2 => $"pkg/dep{i}/packages.lock",
                3 => $"src/common/{(char)('a' + (i % 26))}{i}.cs",
                _ => $"src/module{module}/sub{i % 7}/File{i}.cs",
            };
            paths.Add(new ChangedPath(path, ChangeKind.Modified));
        }
        return paths;
    }
}
