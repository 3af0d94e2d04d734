using System.Collections.Concurrent;

namespace Harness.Cli.Tests.Support;

/// <summary>
/// The starting repos many tests copy (the sample, handwritten-repo, an empty git repo), each built once per test
/// run in a folder of this process's own and deleted when the run ends (<see cref="RepoTemplateCleanup"/>).
/// </summary>
internal static class RepoTemplates
{
    /// <summary>This run's templates; the process id keeps two runs at once (two test projects, two worktrees) apart.</summary>
    private static readonly string Root = Path.Combine(
        Path.GetTempPath(), "harness-tests", $"templates-{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..8]}");

    private static readonly ConcurrentDictionary<string, Lazy<string>> Built = new(StringComparer.Ordinal);

    /// <summary>The folder of template <paramref name="name"/>, built by <paramref name="build"/> by the first caller only.</summary>
    public static string Get(string name, Func<string> build) =>
        Built.GetOrAdd(name, _ => new Lazy<string>(build, LazyThreadSafetyMode.ExecutionAndPublication)).Value;

    /// <summary>Where template <paramref name="name"/> is built (a new, empty folder).</summary>
    public static string FolderFor(string name)
    {
        var folder = Path.Combine(Root, name);
        Directory.CreateDirectory(folder);
        return folder;
    }

    public static void DeleteAll() => TempRepo.Delete(Root);
}
