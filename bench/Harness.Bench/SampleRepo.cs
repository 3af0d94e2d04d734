namespace Harness.Bench;

/// <summary>The sample-repo/ of this source tree, found by walking up from the bench binary.</summary>
internal static class SampleRepo
{
    public static string Folder { get; } = Find();

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var sample = Path.Combine(folder.FullName, "sample-repo");
            if (File.Exists(Path.Combine(folder.FullName, "HarnessCli.sln")) && Directory.Exists(sample))
            {
                return sample;
            }
        }
        throw new InvalidOperationException("sample-repo/ not found above " + AppContext.BaseDirectory);
    }
}
