using System.Text;
using System.Text.RegularExpressions;
using Harness.Core.Model.Artifacts;
using Harness.Core.Model.Documents;

namespace Harness.Core.Tests.Model.Artifacts;

/// <summary>
/// Golden cases in the style of markdig and scriban: each Golden/KIND/NAME.md beside NAME.expected.txt, the
/// dump of the model the reader makes of it. Set HARNESS_UPDATE_GOLDEN=1 to write the expected files anew,
/// then review the diff.
/// </summary>
public sealed class GoldenReaderTests
{
    private static readonly Regex IdPattern = new("[A-Z][A-Z0-9]*-[0-9]+");

    public static IEnumerable<TestCaseData> Cases()
    {
        var root = Path.Combine(TestContext.CurrentContext.TestDirectory, "Golden");
        foreach (var file in Directory.EnumerateFiles(root, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
            yield return new TestCaseData(relative).SetName($"Golden {relative}");
        }
    }

    [TestCaseSource(nameof(Cases))]
    public void The_reader_makes_the_expected_model(string relative)
    {
        var root = Path.Combine(TestContext.CurrentContext.TestDirectory, "Golden");
        var kind = relative.Split('/')[0];
        SourceFileReader.TryDecode(relative, File.ReadAllBytes(Path.Combine(root, relative)), out var source, out var error)
            .Should().BeTrue(error?.ToString());
        var document = MarkdownDocument.Parse(source!);
        Artifact artifact = kind switch
        {
            "feature-list" => new FeatureList(document, IdPattern),
            "plan" => new Plan(document),
            "brief" => new TaskBrief(document),
            "progress" => new ProgressNote(document),
            "restart-protocol" => new RestartProtocol(document),
            "playbook" => new Playbook(document),
            "handoff" => new HandoffDocument(document),
            _ => throw new InvalidOperationException($"no artifact kind for folder {kind}"),
        };
        var actual = ArtifactDump.Of(artifact);

        var expectedPath = Path.Combine(SourceGoldenFolder(), Path.ChangeExtension(relative, ".expected.txt"));
        if (Environment.GetEnvironmentVariable("HARNESS_UPDATE_GOLDEN") == "1" || !File.Exists(expectedPath))
        {
            File.WriteAllText(expectedPath, actual, new UTF8Encoding(false));
            if (Environment.GetEnvironmentVariable("HARNESS_UPDATE_GOLDEN") != "1")
            {
                Assert.Fail($"{expectedPath} did not exist; it was written. Review it and run again.");
            }
        }
        actual.Should().Be(File.ReadAllText(expectedPath).ReplaceLineEndings("\n"));
    }

    private static string SourceGoldenFolder()
    {
        var folder = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "HarnessCli.sln")))
        {
            folder = folder.Parent;
        }
        return Path.Combine(folder!.FullName, "tests", "Harness.Core.Tests", "Golden");
    }
}
