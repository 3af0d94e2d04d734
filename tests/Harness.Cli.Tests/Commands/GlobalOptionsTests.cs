using Harness.Cli.Tests.Support;

namespace Harness.Cli.Tests.Commands;

public sealed class GlobalOptionsTests
{
    [Test]
    public void Version_and_help_work_as_a_real_process()
    {
        using var repo = TempRepo.Empty();

        var version = HarnessRunner.RunProcess(repo.Root, "--version");
        var help = HarnessRunner.RunProcess(repo.Root, "--help");

        version.ExitCode.Should().Be(0, version.ToString());
        version.Output.Should().MatchRegex(@"^\d+\.\d+\.\d+");
        help.ExitCode.Should().Be(0);
        help.Output.Should().Contain("init").And.Contain("new");
    }

    [Test]
    public void An_unknown_command_is_a_usage_error_with_exit_2()
    {
        using var repo = TempRepo.Empty();

        var result = repo.Harness("frobnicate");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("frobnicate");
    }

    [Test]
    public void A_repo_folder_that_does_not_exist_is_an_input_error()
    {
        using var repo = TempRepo.Empty();

        var result = repo.Harness("new", "BUG-001", "--title", "x", "--repo", "nowhere");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("nowhere");
    }
}
