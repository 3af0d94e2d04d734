using Harness.Cli.Tests.Support;

namespace Harness.Cli.Tests.Commands;

public sealed class InitCommandTests
{
    private static readonly string[] Scaffolded =
        ["harness.yml", "docs/harness/feature-list.md", "docs/harness/restart-protocol.md", "docs/harness/multi-agent-playbook.md"];

    [Test]
    public void Init_in_an_empty_git_repo_writes_the_config_the_three_docs_and_tasks()
    {
        using var repo = TempRepo.Git();

        var result = repo.Harness("init");

        result.ExitCode.Should().Be(0, result.ToString());
        foreach (var path in Scaffolded)
        {
            repo.Exists(path).Should().BeTrue(path);
            result.Output.Should().Contain($"created {path}");
        }
        Directory.Exists(repo.PathOf("tasks")).Should().BeTrue();
    }

    [Test]
    public void A_second_init_keeps_every_file_the_user_edited_and_exits_0()
    {
        using var repo = TempRepo.Git();
        repo.Harness("init");
        repo.Write("docs/harness/feature-list.md", "# Feature List\n\n## Tracks\n\nmy own words\n");

        var result = repo.Harness("init");

        result.ExitCode.Should().Be(0);
        result.Output.Should().Contain("kept docs/harness/feature-list.md");
        repo.Read("docs/harness/feature-list.md").Should().Be("# Feature List\n\n## Tracks\n\nmy own words\n");
    }

    [Test]
    public void Init_with_force_replaces_files_and_keeps_the_old_one_as_bak()
    {
        using var repo = TempRepo.Git();
        repo.Write("harness.yml", "version: 1\n");

        var result = repo.Harness("init", "--force");

        result.ExitCode.Should().Be(0);
        result.Output.Should().Contain("replaced harness.yml");
        repo.Read("harness.yml.bak").Should().Be("version: 1\n");
        repo.Read("harness.yml").Should().Contain("idPattern");
    }

    [Test]
    public void Init_works_in_a_subfolder_of_a_git_repo_and_outside_git()
    {
        using var git = TempRepo.Git();
        Directory.CreateDirectory(git.PathOf("services/api"));
        git.Harness("init", "--repo", "services/api").ExitCode.Should().Be(0);
        git.Exists("services/api/docs/harness/feature-list.md").Should().BeTrue();

        using var plain = TempRepo.Empty();
        plain.Harness("init").ExitCode.Should().Be(0);
        plain.Exists("docs/harness/restart-protocol.md").Should().BeTrue();
    }

    [Test]
    public void A_folder_where_a_scaffolded_file_should_be_is_an_input_error_naming_it()
    {
        using var repo = TempRepo.Empty();
        Directory.CreateDirectory(repo.PathOf("harness.yml"));

        var result = repo.Harness("init");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("harness.yml").And.Contain("folder");
        result.Error.Should().NotContain("   at ");
    }
}
