using System.Globalization;

namespace Harness.Bench;

/// <summary>
/// `peers`: harness against OpenSpec and markdownlint-cli2 on generated corpora, in one run, alternating the
/// tools run by run, and prints medians, peak memory, ratios and whether each target of issue 8 holds.
/// </summary>
internal static class PeerComparison
{
    /// <summary>One command to time; <paramref name="Expect"/> is text its output must hold for the run to count.</summary>
    private sealed record Scenario(string Name, string Folder, string Program, string[] Args, string? Expect = null);

    public static int Run(string[] args)
    {
        var harness = Value(args, "--harness") ?? throw new ArgumentException("--harness PATH (the AOT binary) is required");
        var peers = Value(args, "--peers") ?? throw new ArgumentException("--peers DIR (node_modules/.bin of the peers) is required");
        var runs = int.Parse(Value(args, "--runs") ?? "5", CultureInfo.InvariantCulture);
        var sample = Value(args, "--sample") ?? throw new ArgumentException("--sample DIR (a copy of sample-repo in a git repo) is required");
        var work = Path.Combine(Path.GetTempPath(), "harness-bench-" + Guid.NewGuid().ToString("N")[..8]);
        Console.WriteLine($"generating corpora in {work} ...");
        var small = HarnessCorpus.Create(Path.Combine(work, "harness-1000"), 1000);
        var large = HarnessCorpus.Create(Path.Combine(work, "harness-4000"), 4000);
        var openSpec = OpenSpecCorpus.Create(Path.Combine(work, "openspec-1000"), 1000);
        var openspec = Path.Combine(peers, "openspec");
        var markdownlint = Path.Combine(peers, "markdownlint-cli2");
        var scenarios = new[]
        {
            new Scenario("harness lint (1,000 tracks + 1,000 tasks)", small, harness, ["lint", "--repo", small], "0 errors, 0 warnings, 0 infos in 2006 files"),
            new Scenario("openspec validate --all (1,000 changes)", openSpec, openspec, ["validate", "--all", "--no-interactive"], "1000 passed, 0 failed"),
            new Scenario("markdownlint-cli2 (the same harness files)", small, markdownlint, ["docs/**/*.md", "tasks/**/*.md"], "Summary: 0 error(s)"),
            new Scenario("harness lint (4,000 tracks + 4,000 tasks)", large, harness, ["lint", "--repo", large], "0 errors, 0 warnings, 0 infos in 8006 files"),
            new Scenario("harness restart FEATURE-002 (sample)", sample, harness, ["restart", "FEATURE-002", "--repo", sample], "# Restart: FEATURE-002"),
            new Scenario("harness restart (1,000-track feature)", small, harness, ["restart", HarnessCorpus.Feature, "--repo", small, "--allow-incomplete"], $"# Restart: {HarnessCorpus.Feature}, Track T1"),
            new Scenario("openspec --help", openSpec, openspec, ["--help"], "Usage: openspec"),
            new Scenario("openspec status --change", openSpec, openspec, ["status", "--change", "add-thing-1"], "Change: add-thing-1"),
            // OpenSpec's counterpart of restart: what an agent reads to take up a change where it was left.
            new Scenario("openspec instructions apply --change", openSpec, openspec, ["instructions", "apply", "--change", "add-thing-1"], "## Apply: add-thing-1"),
        };
        var results = scenarios.ToDictionary(s => s.Name, _ => new List<Measurement>());
        Console.WriteLine($"warm-up, then {runs} runs of each, alternating ...");
        foreach (var scenario in scenarios)
        {
            // The warm-up also checks that each command does the work it is timed for: a run that fails fast
            // (a corpus with errors, a peer that validated nothing) would make any ratio meaningless.
            var warm = CommandTimer.Run(scenario.Folder, scenario.Program, scenario.Args);
            var valid = warm.ExitCode == 0 && (scenario.Expect is null || warm.Output.Contains(scenario.Expect, StringComparison.Ordinal));
            Console.WriteLine($"  warm-up {scenario.Name}: {warm.Seconds:0.000} s, exit {warm.ExitCode}{(valid ? "" : $", NOT VALID (expected '{scenario.Expect}')")}");
            if (!valid)
            {
                Console.WriteLine(warm.Output.Length > 2000 ? warm.Output[..2000] : warm.Output);
                return 2;
            }
        }
        for (var run = 0; run < runs; run++)
        {
            foreach (var scenario in scenarios)
            {
                results[scenario.Name].Add(CommandTimer.Run(scenario.Folder, scenario.Program, scenario.Args));
            }
        }
        Console.WriteLine();
        Console.WriteLine($"{"scenario",-46} {"median",10} {"CPU",10} {"peak MB",9}");
        foreach (var scenario in scenarios)
        {
            Console.WriteLine($"{scenario.Name,-46} {Format(Median(results, scenario.Name)),10} {Format(CpuMedian(results, scenario.Name)),10} {PeakMedian(results, scenario.Name),9:0.0}");
        }
        Console.WriteLine();
        // Ratios are of the wall medians, as the targets are written; the CPU ratio beside each is the figure
        // that other work on a shared machine disturbs least.
        var lint = scenarios[0].Name;
        var validate = scenarios[1].Name;
        var restartSample = scenarios[4].Name;
        var restartLarge = scenarios[5].Name;
        var help = scenarios[6].Name;
        var apply = scenarios[8].Name;
        var targets = new (string Name, string Figure, bool Met)[]
        {
            Faster("lint >= 10x faster than openspec validate --all", validate, lint, 10),
            Faster("lint vs markdownlint-cli2 on the same files", scenarios[2].Name, lint, 0),
            Faster("restart of the sample >= 20x faster than openspec instructions apply", apply, restartSample, 20),
            Faster("restart of the sample >= 20x faster than openspec --help", help, restartSample, 20),
            Faster("restart of the 1,000-track feature vs openspec --help", help, restartLarge, 0),
            ("restart of the sample < 25 ms", Format(Median(results, restartSample)), Median(results, restartSample) < 0.025),
            ("restart of the 1,000-track feature < 300 ms", Format(Median(results, restartLarge)), Median(results, restartLarge) < 0.300),
            ("4x the work costs <= 5x the time (lint 4,000 / 1,000)", $"{Median(results, scenarios[3].Name) / Median(results, lint):0.00}x",
                Median(results, scenarios[3].Name) / Median(results, lint) <= 5),
            ("peak memory of lint on the 4,000 corpus < 100 MB", $"{PeakMedian(results, scenarios[3].Name):0.0} MB", PeakMedian(results, scenarios[3].Name) < 100),
        };

        (string, string, bool) Faster(string name, string peer, string harnessScenario, double factor)
        {
            var wall = Median(results, peer) / Median(results, harnessScenario);
            // GNU time counts CPU in hundredths of a second: a command faster than that has no CPU ratio.
            var cpu = CpuMedian(results, harnessScenario) > 0 ? $"{CpuMedian(results, peer) / CpuMedian(results, harnessScenario):0.0}x" : "n/a";
            return (name, $"{wall:0.0}x (CPU {cpu})", wall >= factor);
        }

        foreach (var (name, figure, met) in targets)
        {
            Console.WriteLine($"{(met ? "met " : "MISS")}  {name,-70} {figure}");
        }
        Directory.Delete(work, recursive: true);
        return targets.All(t => t.Met) ? 0 : 1;
    }

    private static double Median(Dictionary<string, List<Measurement>> results, string name) =>
        MedianOf(results[name].Select(m => m.Seconds));

    private static double CpuMedian(Dictionary<string, List<Measurement>> results, string name) =>
        MedianOf(results[name].Select(m => m.CpuSeconds));

    private static double PeakMedian(Dictionary<string, List<Measurement>> results, string name) =>
        MedianOf(results[name].Select(m => m.PeakMegabytes));

    private static double MedianOf(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static string Format(double seconds) => seconds < 1 ? $"{seconds * 1000:0.0} ms" : $"{seconds:0.00} s";

    private static string? Value(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
