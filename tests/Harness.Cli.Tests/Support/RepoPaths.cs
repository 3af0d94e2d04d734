namespace Harness.Cli.Tests.Support;

/// <summary>Where the project's own files are, found from the test's folder.</summary>
internal static class ProjectFiles
{
    public static string Root { get; } = FindRoot();

    public static string SampleRepo => Path.Combine(Root, "sample-repo");

    /// <summary>The fixture repo of artifacts written by hand, as people who never saw harness write them.</summary>
    public static string HandwrittenRepo => Path.Combine(Root, "handwritten-repo");

    private static string FindRoot()
    {
        var folder = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "HarnessCli.sln")))
        {
            folder = folder.Parent;
        }
        return folder?.FullName ?? throw new InvalidOperationException("HarnessCli.sln not found above the test folder");
    }
}
