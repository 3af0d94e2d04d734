using System.Security.Cryptography;
using Harness.Cli.Tests.Support;

namespace Harness.Cli.Tests.Robustness;

/// <summary>
/// Every command against every hostile case: an exit code of the contract, a plain message (no stack trace),
/// done in seconds, nothing read from outside the repo, and no file changed unless the command exists to change
/// one. Each hostile case meets the real tool as its own process (a crash there cannot hide behind the test
/// host); the whole matrix then runs in-process, where the same checks cost no process start each.
/// </summary>
public sealed class HostileInputTests
{
    private const string Canary = "CANARY-OUTSIDE-THE-REPO-7f3a";
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan WaitLimit = TimeSpan.FromMinutes(10);

    // The chain costs a second or more of CPU and a hundred MB per run: in-process, runs of it share one heap, so at
    // most two (one a core) run at once (the wait is not counted) while the rest runs alongside.
    private static readonly SemaphoreSlim HeavyRuns = new(2, 2);
    private const string Heavy = HostileRepos.Chain;

    // The chain's 15,000 tracks run on 256 KiB stacks (the in-process run's thread, the process's main thread under
    // `ulimit -s`): 17 bytes a track, less than any frame of a walk that recursed along the chain takes, so such a walk
    // overflows here. The 60,000-track chain this replaces left 25 bytes a track on the default 1.5 MiB thread, and
    // cost four times the CPU.
    private const int ChainStack = 256 * 1024;
    private const int ChainProcessStackKiB = 256;

    /// <summary>The command, and whether it exists to write files (then only its own outputs may change).</summary>
    private static readonly (string[] Args, bool Writes)[] Commands =
    [
        (["lint"], false),
        (["restart", "FEATURE-002"], false),
        (["restart", "FEATURE-002", "--allow-incomplete", "--format", "json"], false),
        (["status"], false),
        (["status", "FEATURE-002", "--format", "json"], false),
        (["order", "FEATURE-002"], false),
        (["assess", "FEATURE-002", "--format", "json"], false),
        (["guard", "FEATURE-002", "--track", "B", "--files", "src/support_hub/audit_log.sh"], false),
        (["note", "FEATURE-002", "--next", "Rerun the audit log tests."], true),
        (["handoff", "FEATURE-002", "--track", "B", "--to", "reviewer"], true),
        (["verify", "FEATURE-002", "--track", "A", "--timeout", "20"], true),
    ];

    // Command by command, so that the heavy cases (the 15,000-track chain) are spread over the run instead of all
    // running at once on the parallel workers, each slowing the others past the hang guard.
    private static IEnumerable<TestCaseData> Matrix() =>
        from command in Commands
        from hostile in HostileRepos.Cases.Keys
        select new TestCaseData(hostile, command.Args, command.Writes).SetName($"{hostile}: harness {string.Join(' ', command.Args)}");

    private static IEnumerable<TestCaseData> ProcessCases() =>
        HostileRepos.Cases.Keys.Select(hostile => new TestCaseData(hostile).SetName($"{hostile}: the harness process"));

    [TestCaseSource(nameof(ProcessCases))]
    public void The_real_process_meets_a_hostile_artifact_with_a_plain_answer(string hostile) =>
        Check(hostile, ["restart", "FEATURE-002", "--allow-incomplete"], writes: false, inProcess: false);

    [TestCaseSource(nameof(Matrix))]
    public void A_command_meets_a_hostile_artifact_with_a_plain_answer(string hostile, string[] args, bool writes) =>
        Check(hostile, args, writes, inProcess: true);

    private static void Check(string hostile, string[] args, bool writes, bool inProcess)
    {
        if (!HarnessCommands.Exists(args[0]))
        {
            Assert.Ignore($"harness {args[0]} is not part of this build");
        }
        using var repo = TempRepo.Sample();
        PlantCanary(repo);
        HostileRepos.Cases[hostile](repo);
        var before = Snapshot(repo.Root);
        try
        {
            var heavy = hostile == Heavy;
            if (heavy)
            {
                HeavyRuns.Wait();
            }
            CliResult result;
            TimeSpan took;
            try
            {
                // Each run is held to its CPU time (the in-process run's thread, the real process's): on a loaded
                // machine wall time stretches tenfold, while a hang that computes still runs past the guard, and
                // one that waits runs past the wait limit.
                (result, took) = inProcess
                    ? HarnessRunner.RunMeasured(WaitLimit, repo.Root, args, heavy ? ChainStack : 0)
                    : MeasuredProcess.Run(repo.Root, args, heavy ? ChainProcessStackKiB : 0);
            }
            finally
            {
                if (heavy)
                {
                    HeavyRuns.Release();
                }
            }
            var firstLine = (result.Error.Length > 0 ? result.Error : result.Output).Split('\n')[0].Trim();
            TestContext.Out.WriteLine($"hostile | {hostile} | harness {string.Join(' ', args)} | exit {result.ExitCode} | {took.TotalSeconds:0.0} s | {firstLine}");

            result.ExitCode.Should().BeInRange(0, 3, result.ToString());
            result.Error.Should().NotContain("   at ", "no stack trace").And.NotContain("unexpected error");
            (result.Output + result.Error).Should().NotContain(Canary, "nothing outside the repo is read");
            took.Should().BeLessThan(HangGuard, "no hang: CPU time (debug build; the AOT binary is several times faster)");
            if (result.ExitCode == 2)
            {
                result.Error.Trim().Should().StartWith("harness: ");
            }
            var changed = Changed(before, Snapshot(repo.Root));
            if (writes)
            {
                // Not OnlyContain: it fails on an empty list, and a command that refuses writes nothing.
                changed.Where(p => !p.StartsWith(".harness/", StringComparison.Ordinal) && !p.StartsWith("tasks/", StringComparison.Ordinal))
                    .Should().BeEmpty("a writing command changes only its own outputs");
            }
            else
            {
                changed.Should().BeEmpty("a read-only command changes no file");
            }
        }
        finally
        {
            HostileRepos.RemoveLinks(repo);
        }
    }

    /// <summary>Files beside the repo (../outside) that the hostile paths point at; their text must never show.</summary>
    private static void PlantCanary(TempRepo repo)
    {
        var outside = Path.Combine(Path.GetDirectoryName(repo.Root)!, "outside");
        Directory.CreateDirectory(outside);
        File.WriteAllText(Path.Combine(outside, "feature-list.md"), $"# {Canary}\n\n## Tracks\n\n### Track A\n- Owner: {Canary}\n");
        File.WriteAllText(Path.Combine(outside, "secret.md"), $"{Canary}\n");
    }

    private static Dictionary<string, string> Snapshot(string root)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint, IgnoreInaccessible = true };
        return Directory.EnumerateFiles(root, "*", options)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}.git{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToDictionary(f => Path.GetRelativePath(root, f).Replace('\\', '/'), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))));
    }

    private static List<string> Changed(Dictionary<string, string> before, Dictionary<string, string> after) =>
        after.Where(a => !before.TryGetValue(a.Key, out var hash) || hash != a.Value).Select(a => a.Key)
            .Concat(before.Keys.Where(k => !after.ContainsKey(k)))
            .ToList();
}
