using System.CommandLine;
using Harness.Core.Init;
using Harness.Cli.Output.Init;
using Harness.Core.Init.Agents;

namespace Harness.Cli.Commands;

/// <summary>
/// `harness init`: scaffolds harness.yml, the docs and tasks/ without overwriting anything; with --agent, also
/// what that coding agent needs to restart from the artifacts by itself.
/// </summary>
internal static class InitCommand
{
    internal sealed record Options(string Repo, bool Force, AgentKind? Agent, string? Command);

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
        var harnessCommand = new Option<string?>("--command")
        {
            Description = "The command the agent's hook and MCP server run harness with (default: dotnet tool run harness when a " +
                "local tool manifest lists harness, else harness), such as \"dnx HarnessCli\"",
            HelpName = "COMMAND",
        };
        var command = new Command("init", "Scaffold harness.yml, docs/harness/ (feature list, restart protocol, playbook), tasks/ and .gitignore lines")
        {
            repo,
            force,
            agent,
            harnessCommand,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(harnessCommand) is not null && result.GetValue(agent) is null)
            {
                result.AddError("init --command names what an agent's hook and MCP server run; give it with --agent");
            }
        });
        command.SetAction(parse =>
        {
            var agentName = parse.GetValue(agent);
            return Run(context, new Options(
                context.ResolveRepo(parse.GetValue(repo)),
                parse.GetValue(force),
                agentName is null ? null : AgentKinds.Parse(agentName),
                parse.GetValue(harnessCommand)));
        });
        return command;
    }

    private static int Run(CliContext context, Options options)
    {
        // Every file is checked before the first is written: a settings file refused after the docs were
        // scaffolded would leave a half-set-up repo.
        var harness = options.Agent is null ? null : HarnessCommand.Decide(Path.GetFullPath(options.Repo), options.Command);
        var pending = InitService.Prepare(options.Repo, options.Force).ToList();
        if (options.Agent is { } agent)
        {
            pending.AddRange(AgentSetupService.Prepare(options.Repo, agent, harness!));
        }
        var actions = pending.Select(file => file.Apply()).ToList();
        InitTextRenderer.Render(actions, harness, context.Output);
        return ExitCodes.Ok;
    }
}
