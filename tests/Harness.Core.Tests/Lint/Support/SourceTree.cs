namespace Harness.Core.Tests.Lint.Support;

/// <summary>Where the fixtures are: copied beside the test assembly to run, and in the source tree for their approval files.</summary>
internal static class SourceTree
{
    public static string OutputFixturesFolder => Path.Combine(TestContext.CurrentContext.TestDirectory, "Lint", "Fixtures");

    public static string FixturesFolder
    {
        get
        {
            var folder = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
            while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "HarnessCli.sln")))
            {
                folder = folder.Parent;
            }
            return Path.Combine(folder!.FullName, "tests", "Harness.Core.Tests", "Lint", "Fixtures");
        }
    }

    /// <summary>Every fixture folder, by name; a copy left in the output by a fixture since removed or renamed is none.</summary>
    public static IReadOnlyList<LintFixture> Fixtures() =>
        Directory.EnumerateDirectories(OutputFixturesFolder)
            .Select(d => new LintFixture(Path.GetFileName(d), d))
            .Where(f => Directory.Exists(f.SourceFolder))
            .OrderBy(f => f.Name, StringComparer.Ordinal)
            .ToList();
}
