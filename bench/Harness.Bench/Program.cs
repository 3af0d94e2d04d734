using Harness.Bench;

// One subcommand a benchmark: `dotnet run -c Release --project bench/Harness.Bench -- guard`.
var benchmarks = new Dictionary<string, Func<string[], int>>(StringComparer.Ordinal)
{
    ["guard"] = GuardBenchmark.Run,
    ["peers"] = PeerComparison.Run,
    ["corpus"] = CorpusCommand.Run,
    ["overlap"] = OverlapBenchmark.Run,
    ["agents"] = AgentsBenchmark.Run,
};
if (args.Length == 0 || !benchmarks.TryGetValue(args[0], out var run))
{
    Console.Error.WriteLine($"usage: Harness.Bench <{string.Join('|', benchmarks.Keys)}>");
    return 2;
}
return run(args[1..]);
