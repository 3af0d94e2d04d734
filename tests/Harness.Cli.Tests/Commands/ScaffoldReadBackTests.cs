using Harness.Cli.Tests.Support;
using Harness.Core.Model.Artifacts;
using Harness.Core.Model.Workspaces;

namespace Harness.Cli.Tests.Commands;

/// <summary>Everything init and new write reads back through the reader with no diagnostic.</summary>
public sealed class ScaffoldReadBackTests
{
    [Test]
    public void Every_scaffolded_file_and_every_file_new_writes_reads_back_with_no_diagnostic()
    {
        using var repo = TempRepo.Git();
        repo.Harness("init").ExitCode.Should().Be(0);
        repo.Harness("new", "FEATURE-003", "--title", "Sort tickets", "--track", "A:coder-a", "--track", "B:reviewer / verifier").ExitCode.Should().Be(0);
        repo.Harness("new", "FEATURE-004", "--title", "Export tickets").ExitCode.Should().Be(0);
        repo.Harness("new", "BUG-001", "--title", "Fix the crash", "--single-agent").ExitCode.Should().Be(0);

        var workspace = Workspace.Open(repo.Root);
        var artifacts = new List<Artifact?>
        {
            workspace.RestartProtocol,
            workspace.Playbook,
        };
        artifacts.AddRange(workspace.FeatureLists);
        foreach (var id in workspace.TaskIds)
        {
            var task = workspace.GetTask(id);
            artifacts.Add(task.Plan);
            artifacts.Add(task.Brief);
            artifacts.Add(task.Note);
        }

        workspace.ConfigDiagnostics.Should().BeEmpty();
        workspace.InputErrors.Should().BeEmpty();
        workspace.TaskIds.Should().Equal("BUG-001", "FEATURE-003", "FEATURE-004");
        var read = artifacts.OfType<Artifact>().ToList();
        read.Should().HaveCount(2 + 2 + 3 * 2);
        foreach (var artifact in read)
        {
            artifact.Diagnostics.Should().BeEmpty(artifact.Path);
            foreach (var spec in artifact.Schema.Required)
            {
                artifact.Section(spec).Should().NotBeNull($"{artifact.Path} needs {spec.Name}");
            }
        }
        var list = workspace.FeatureListOf("FEATURE-003")!;
        list.Tracks.Select(t => t.Id).Should().Equal("A", "B");
        list.Tracks.Should().OnlyContain(t => t.Owner != null && t.OwnedFiles.Count > 0 && t.StatusKind == TrackStatus.NotStarted);
        workspace.GetTask("FEATURE-003").Plan!.Workstreams.Select(w => w.Owner!.Text).Should().Equal("coder-a", "reviewer / verifier");
    }

    [Test]
    public void The_sample_reads_with_no_diagnostic()
    {
        var workspace = Workspace.Open(ProjectFiles.SampleRepo);
        workspace.LoadAll();

        workspace.InputErrors.Should().BeEmpty();
        workspace.TaskIds.Should().Equal("FEATURE-001", "FEATURE-002");
        var list = workspace.FeatureListOf("FEATURE-002")!;
        list.Tracks.Select(t => (t.Id, t.Owner!.Text)).Should().Equal(("A", "coder-a"), ("B", "coder-b"), ("C", "reviewer / verifier"));
        list.Tracks.Should().OnlyContain(t => t.VerifyCommand != null);
        list.Diagnostics.Should().BeEmpty();
        workspace.GetTask("FEATURE-001").IsLongRunning.Should().BeFalse();
        workspace.GetTask("FEATURE-002").IsLongRunning.Should().BeTrue();
    }

    [TestCase("binary", "binary file")]
    [TestCase("invalid-utf8", "not valid UTF-8")]
    [TestCase("folder", "folder where a file should be")]
    public void An_unreadable_feature_list_stops_new_with_exit_2_and_names_the_path(string defect, string message)
    {
        using var repo = TempRepo.Git();
        repo.Harness("init");
        var path = repo.PathOf("docs/harness/feature-list.md");
        File.Delete(path);
        switch (defect)
        {
            case "binary":
                repo.WriteBytes("docs/harness/feature-list.md", [0x23, 0x20, 0x41, 0x0A, 0x00, 0x01]);
                break;
            case "invalid-utf8":
                repo.WriteBytes("docs/harness/feature-list.md", [0x23, 0x0A, 0x0A, 0xC3, 0x28]);
                break;
            default:
                Directory.CreateDirectory(path);
                break;
        }

        var result = repo.Harness("new", "FEATURE-005", "--title", "x");

        result.ExitCode.Should().Be(2, result.ToString());
        result.Error.Should().Contain("docs/harness/feature-list.md").And.Contain(message);
        result.Error.Trim().Split('\n').Should().HaveCount(1);
        result.Error.Should().NotContain("   at ");
        repo.Exists("tasks/FEATURE-005-plan.md").Should().BeFalse();
    }
}
