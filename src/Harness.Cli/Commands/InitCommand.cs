using System.CommandLine;
using Harness.Core.Init;
using Harness.Core.Init.Agents;

namespace Harness.Cli.Commands;

/// <summary>
/// `harness init`: scaffolds harness.yml, the docs and tasks/ without overwriting anything; with --agent, also
/// what that coding agent needs to restart from the artifacts by itself.
/// </summary>
internal static class InitCommand
{
    internal sealed record Options(string Repo, bool Force, AgentKind? Agent);

    public static Command Create(CliContext context)
    {
        var repo = CommonOptions.Repo();
        var force = new Option<bool>("--force")
        {
            Description = "Replace files that exist; each old file is kept as PATH.bak (agent files are always merged, never replaced)",
        };
        var agent = new Option<string?>("--agent")
        {
            Description = "Also set up a coding agent: instructions, session-start hook and MCP server registration",
            HelpName = string.Join("|", AgentKinds.Names),
        };
        agent.AcceptOnlyFromAmong(AgentKinds.Names);
        var command = new Command("init", "Scaffold harness.yml, docs/harness/ (feature list, restart protocol, playbook) and tasks/")
        {
            repo,
            force,
            agent,
        };
        command.SetAction(parse =>
        {
            var agentName = parse.GetValue(agent);
            return Run(context, new Options(
                context.ResolveRepo(parse.GetValue(repo)),
                parse.GetValue(force),
                agentName is null ? null : AgentKinds.Parse(agentName)));
        });
        return command;
    }

    private static int Run(CliContext context, Options options)
    {
        // Every file is checked before the first is written: a settings file refused after the docs were
        // scaffolded would leave a half-set-up repo.
        var pending = InitService.Prepare(options.Repo, options.Force).ToList();
        if (options.Agent is { } agent)
        {
            pending.AddRange(AgentSetupService.Prepare(options.Repo, agent));
        }
        var actions = pending.Select(file => file.Apply()).ToList();
        foreach (var action in actions)
        {
            context.Output.WriteLine(action.ToString());
        }
        return ExitCodes.Ok;
    }
}
