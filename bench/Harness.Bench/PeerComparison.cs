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
            new Scenario("harness restart (1,000-track feature)", small, harness, ["restart", HarnessCorpus.Feature, "--repo", small], $"# Restart: {HarnessCorpus.Feature}, Track T1"),
            new Scenario("openspec --help", openSpec, openspec, ["--help"], "Usage: openspec"),
            new Scenario("openspec status --change", openSpec, openspec, ["status", "--change", "add-thing-1"], "Change: add-thing-1"),
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
        Console.WriteLine($"{"scenario",-46} {"median",10} {"peak MB",9}");
        foreach (var scenario in scenarios)
        {
            Console.WriteLine($"{scenario.Name,-46} {Format(Median(results, scenario.Name)),10} {PeakMedian(results, scenario.Name),9:0.0}");
        }
        Console.WriteLine();
        var lint = Median(results, scenarios[0].Name);
        var lintLarge = Median(results, scenarios[3].Name);
        var restartSample = Median(results, scenarios[4].Name);
        var restartLarge = Median(results, scenarios[5].Name);
        var help = Median(results, scenarios[6].Name);
        var targets = new (string Name, string Figure, bool Met)[]
        {
            ("lint >= 10x faster than openspec validate --all", $"{Median(results, scenarios[1].Name) / lint:0.0}x", Median(results, scenarios[1].Name) / lint >= 10),
            ("lint vs markdownlint-cli2 on the same files", $"{Median(results, scenarios[2].Name) / lint:0.0}x", true),
            ("restart of the sample >= 20x faster than openspec --help", $"{help / restartSample:0.0}x", help / restartSample >= 20),
            ("restart of the 1,000-track feature vs openspec --help", $"{help / restartLarge:0.0}x", true),
            ("restart of the sample < 25 ms", Format(restartSample), restartSample < 0.025),
            ("restart of the 1,000-track feature < 300 ms", Format(restartLarge), restartLarge < 0.300),
            ("4x the work costs <= 5x the time (lint 4,000 / 1,000)", $"{lintLarge / lint:0.00}x", lintLarge / lint <= 5),
            ("peak memory of lint on the 4,000 corpus < 100 MB", $"{PeakMedian(results, scenarios[3].Name):0.0} MB", PeakMedian(results, scenarios[3].Name) < 100),
        };
        foreach (var (name, figure, met) in targets)
        {
            Console.WriteLine($"{(met ? "met " : "MISS")}  {name,-58} {figure}");
        }
        Directory.Delete(work, recursive: true);
        return targets.All(t => t.Met) ? 0 : 1;
    }

    private static double Median(Dictionary<string, List<Measurement>> results, string name) =>
        MedianOf(results[name].Select(m => m.Seconds));

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
