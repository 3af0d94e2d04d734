using System.Text.Json;

namespace Harness.Cli.Tests.Support;

/// <summary>Reads the evidence records a test's verify runs wrote, as plain JSON.</summary>
internal static class Evidence
{
    public static IReadOnlyList<string> Files(TempRepo repo, string taskId)
    {
        var folder = repo.PathOf($".harness/evidence/{taskId}");
        return Directory.Exists(folder) ? Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal).ToList() : [];
    }

    public static JsonElement Single(TempRepo repo, string taskId)
    {
        var files = Files(repo, taskId);
        files.Should().ContainSingle();
        return JsonDocument.Parse(File.ReadAllText(files[0])).RootElement;
    }

    /// <summary>A copy of the sample whose single-agent task FEATURE-001 verifies with <paramref name="command"/>.</summary>
    public static TempRepo SampleWithBriefCommand(string command)
    {
        var repo = TempRepo.Sample();
        repo.Edit("tasks/FEATURE-001-brief.md", "`sh tests/test_tickets.sh`", $"`{command}`");
        repo.CommitAll("brief command");
        return repo;
    }
}
