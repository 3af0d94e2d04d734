using Harness.Core.Model.Identity;
using Harness.Core.Model.State;
using Harness.Core.Model.CommandLine;
using Harness.Core.Model.Templates;
using Harness.Core.Model.Text;
using Harness.Core.Model.Workspaces;
using Harness.Core.Model.Writing;

namespace Harness.Core.Restart;

/// <summary>What `harness restart` is asked beyond the request: the repo.</summary>
public sealed record RestartOptions(string Repo, RestartRequest Request);

/// <summary>Whom a restart request is for once resolved: the task, and the agent's track (null for the planner's).</summary>
public sealed record RestartSubject(string TaskId, string? Track);

/// <summary>The packet `harness restart` built, and the repo it was built from (where the prompt's templates are).</summary>
public sealed record RestartReport(string RepoRoot, RestartPacket Packet);

/// <summary>`harness restart`: builds the packet; the command line runs the verify first when asked, and renders it.</summary>
public static class RestartService
{
    /// <summary>
    /// The task and track a request resolves to (the current task, a role, the note's front matter), as the packet
    /// would name them: what the command line verifies first when asked to.
    /// </summary>
    public static RestartSubject Subject(string repo, RestartRequest request)
    {
        var packet = RestartPacketBuilder.Build(Workspace.Open(repo), request);
        return new RestartSubject(packet.TaskId, packet.Agent.Track);
    }

    public static RestartReport Run(RestartOptions options)
    {
        // git answers last: its log and status start before the config and the artifacts are read, and the
        // prompt's template parses meanwhile too (the command line renders it right after), so restart takes
        // about as long as the slowest of them, not their sum.
        var repository = Workspace.OpenGit(options.Repo);
        var git = GitFacts.Started(repository);
        if (SessionClaims.ReadsConfig(RestartPacketBuilder.IdentityOf(options.Request)))
        {
            git.PrefetchSessionSettings();
        }
        new TemplateStore(options.Repo).PrepareInBackground(TemplateStore.RestartPrompt);
        var workspace = Workspace.Open(options.Repo, _ => repository);
        var packet = RestartPacketBuilder.Build(workspace, options.Request, git);
        return new RestartReport(workspace.Root, packet);
    }

    /// <summary>
    /// The restart prompt: the repo's restart template rendered over the packet. It stays in Core, beside the packet,
    /// because it is the restart command's product rather than a view of it: the template is a repo artifact the
    /// user may edit (rendered through Model/Templates like init's scaffolds), and the prompt is written as a file
    /// with --out; the command line only picks it as the markdown format.
    /// </summary>
    public static string Prompt(RestartReport report) =>
        new TemplateStore(report.RepoRoot).Render(TemplateStore.RestartPrompt, RestartPromptModel.Of(report.Packet));

    /// <summary>The restart prompt within <paramref name="maxChars"/>: whole sections left out, the least needed first, and said so (see <see cref="PromptBudget"/>).</summary>
    public static string Prompt(RestartReport report, int maxChars)
    {
        var packet = report.Packet;
        var role = packet.Agent.Source == CommandWords.Role ? packet.Agent.Role : null;
        var whole = Prompt(report);
        var readWhole = new PromptBudget.WholePrompt(
            CommandWords.RestartToFile(packet.TaskId, packet.Agent.Track, role),
            CommandWords.RestartResource(packet.TaskId, packet.Agent.Track));
        return PromptBudget.Fit(whole.EndsWith('\n') ? whole : whole + "\n", maxChars, readWhole, packet.Agent.Track);
    }

    /// <summary>Writes the rendered output to <paramref name="outFile"/> atomically.</summary>
    public static void WriteOut(RestartReport report, string outFile, string text)
    {
        // A file the user names outside the repo is theirs to name; one inside it goes through no link that leaves.
        var target = RepoPaths.IsInside(report.RepoRoot, outFile)
            ? RepoPathGuard.FullPath(report.RepoRoot, RepoPaths.ToRelative(report.RepoRoot, outFile))
            : outFile;
        AtomicFile.Write(target, text);
    }
}
