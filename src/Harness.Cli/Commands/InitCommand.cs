using System.CommandLine;
using Harness.Core;
using Harness.Core.Scaffolding;

namespace Harness.Cli.Commands;

/// <summary>`harness init`: scaffolds harness.yml, the docs and tasks/ without overwriting anything.</summary>
internal static class InitCommand
{
    internal sealed record Options(string Repo, bool Force);

    public static Command Create(CliContext context)
    {
        var repo = CommonOptions.Repo();
        var force = new Option<bool>("--force")
        {
            Description = "Replace files that exist; each old file is kept as PATH.bak",
        };
        var command = new Command("init", "Scaffold harness.yml, docs/harness/ (feature list, restart protocol, playbook) and tasks/")
        {
            repo,
            force,
        };
        command.SetAction(parse => Run(context, new Options(context.ResolveRepo(parse.GetValue(repo)), parse.GetValue(force))));
        return command;
    }

    private static int Run(CliContext context, Options options)
    {
        foreach (var action in InitService.Run(options.Repo, options.Force))
        {
            context.Output.WriteLine(action.ToString());
        }
        return ExitCodes.Ok;
    }
}
