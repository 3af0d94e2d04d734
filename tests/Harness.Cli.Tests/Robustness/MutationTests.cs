using System.Text;
using Harness.Cli.Tests.Support;
using Harness.Core.Model.Workspaces;

namespace Harness.Cli.Tests.Robustness;

/// <summary>
/// Thousands of random mutations of the sample's artifacts, each fed through the reader and the commands
/// that read artifacts. Every run must end with an exit code of the contract and a plain message: an
/// unexpected exception is a failure that prints the seed, the mutation and the mutated file.
/// </summary>
public sealed class MutationTests
{
    private const int Seed = 20261127;
    private const int Mutations = 2000;

    /// <summary>The read-only commands every mutation goes through (in-process, as the CLI runs them).</summary>
    private static readonly string[][] Commands =
    [
        ["status"],
        ["status", "FEATURE-002"],
        ["lint", "--format", "json"],
        ["restart", "FEATURE-002", "--allow-incomplete"],
        ["restart", "FEATURE-002", "--track", "B"],
        ["restart", "FEATURE-001"],
        ["order", "FEATURE-002"],
        ["assess", "FEATURE-002"],
        ["guard", "FEATURE-002", "--track", "B", "--files", "app/common.sh", "tests/run.sh"],
    ];

    /// <summary>The mutations are run in this many parts at once, each on its own copy of the sample.</summary>
    private const int Parts = 8;

    private static IEnumerable<int> PartNumbers() => Enumerable.Range(0, Parts);

    [TestCaseSource(nameof(PartNumbers))]
    public void Random_mutations_of_the_sample_never_end_in_an_unexpected_error(int part)
    {
        using var repo = TempRepo.Empty();
        CopySample(repo.Root);
        var files = ArtifactFiles(repo.Root);
        var originals = files.ToDictionary(f => f, f => File.ReadAllBytes(Path.Combine(repo.Root, f)), StringComparer.Ordinal);
        var random = new Random(Seed);
        var available = Commands.Where(c => HarnessCommands.Exists(c[0])).ToList();
        var first = part * Mutations / Parts;
        var end = (part + 1) * Mutations / Parts;
        for (var i = 0; i < end; i++)
        {
            // Every part draws the one sequence of the seed from the start, so mutation i is the same whichever part runs it.
            var file = files[random.Next(files.Count)];
            var original = originals[file];
            var (mutated, kind) = Mutator.Mutate(original, random);
            if (i < first)
            {
                continue;
            }
            var full = Path.Combine(repo.Root, file);
            File.WriteAllBytes(full, mutated);
            try
            {
                Read(repo.Root, Describe(i, file, kind, mutated));
                foreach (var command in available)
                {
                    var result = HarnessRunner.Run(repo.Root, command);
                    if (result.ExitCode is < 0 or > 3 || result.Error.Contains("unexpected error", StringComparison.Ordinal))
                    {
                        Assert.Fail($"harness {string.Join(' ', command)} failed on {Describe(i, file, kind, mutated)}\n{result}");
                    }
                }
            }
            finally
            {
                File.WriteAllBytes(full, original);
            }
        }
    }

    private static void Read(string root, string description)
    {
        try
        {
            var workspace = Workspace.Open(root);
            workspace.LoadAll();
            _ = workspace.FeatureLists;
            _ = workspace.InputErrors;
        }
        catch (Harness.Core.HarnessInputException)
        {
            // A plain input error (such as a broken harness.yml) is an answer, not a crash.
        }
        catch (Exception e)
        {
            Assert.Fail($"the reader threw on {description}\n{e}");
        }
    }

    private static string Describe(int index, string file, string kind, byte[] mutated) =>
        $"mutation {index} (seed {Seed}): {kind} in {file}; the mutated file:\n{Encoding.UTF8.GetString(mutated)}";

    private static List<string> ArtifactFiles(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(f => f == "harness.yml" || (f.EndsWith(".md", StringComparison.Ordinal) && (f.StartsWith("docs/harness/", StringComparison.Ordinal) || f.StartsWith("tasks/", StringComparison.Ordinal))))
            .Order(StringComparer.Ordinal)
            .ToList();

    private static void CopySample(string target)
    {
        foreach (var file in Directory.EnumerateFiles(ProjectFiles.SampleRepo, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(ProjectFiles.SampleRepo, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }
}
