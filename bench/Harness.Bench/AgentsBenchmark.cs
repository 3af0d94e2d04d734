using System.Diagnostics;
using System.Text;
using Harness.Core.Agents;
using Harness.Core.Model.Worktrees;
using Harness.Core.Model.Workspaces;

namespace Harness.Bench;

/// <summary>
/// `harness agents` at scale (issue 18): a real git repo with 10 tasks of 100 tracks each (1,000 tracks, all in
/// progress, each owning a folder), and 100 work trees, one a track, each with one commit since the base and one
/// uncommitted change. The figure is the whole view, in process: every git query (work trees, branches, a divergence
/// and a status a work tree), every work tree's artifacts, and the conflict checks across all 1,000 tracks.
/// </summary>
internal static class AgentsBenchmark
{
    private const int Tasks = 10;
    private const int TracksPerTask = 100;
    private const int Worktrees = 100;

    public static int Run(string[] args)
    {
        var container = Path.Combine(Path.GetTempPath(), "harness-bench-agents-" + Guid.NewGuid().ToString("N")[..8]);
        var root = Path.Combine(container, "repo");
        try
        {
            var setup = Stopwatch.StartNew();
            Build(root);
            Console.WriteLine($"agents: {Tasks * TracksPerTask:N0} tracks in {Tasks} tasks, {Worktrees} work trees; set up in {setup.Elapsed.TotalSeconds:F1} s");
            AgentsReport? report = null;
            var time = Timing.Median(() => report = AgentsService.Run(Workspace.Open(root), Workspace.OpenGit, DateTimeOffset.UtcNow));
            Console.WriteLine($"agents: {time.Wall.TotalMilliseconds:F0} ms wall, {time.Cpu.TotalMilliseconds:F0} ms CPU (medians of {Timing.Runs} runs after " +
                $"{Timing.Warmups} warm-ups), {report!.Agents.Count} agents, {report.Conflicts.Count} conflicts; target under 2,000 ms");
            Console.WriteLine($"machine: {Environment.ProcessorCount} cores");
            return 0;
        }
        finally
        {
            if (Directory.Exists(container))
            {
                Directory.Delete(container, recursive: true);
            }
        }
    }

    private static void Build(string root)
    {
        Directory.CreateDirectory(Path.Combine(root, "docs/harness"));
        Git(root, "init", "-q", "-b", "main");
        Git(root, "config", "user.email", "bench@example.com");
        Git(root, "config", "user.name", "Bench");
        Git(root, "config", "commit.gpgsign", "false");
        for (var task = 0; task < Tasks; task++)
        {
            var id = $"FEATURE-{101 + task}";
            var list = new StringBuilder($"# Feature List\n\n## Purpose\n- {id}: bench.\n\n## Tracks\n\n");
            for (var track = 1; track <= TracksPerTask; track++)
            {
                var folder = $"src/{id.ToLowerInvariant()}/t{track}";
                list.Append($"### Track T{track}: part {track}\n- Status: in-progress\n- Owner: coder-{track}\n- Owned Files: `{folder}/**`\n")
                    .Append($"- Verify Signal: `true`\n- Dependencies: none\n\n");
                Directory.CreateDirectory(Path.Combine(root, folder));
                File.WriteAllText(Path.Combine(root, folder, "main.sh"), "echo\n");
            }
            File.WriteAllText(Path.Combine(root, $"docs/harness/feature-list-{id}.md"), list.ToString());
        }
        Git(root, "add", "-A");
        Git(root, "commit", "-qm", "base");
        for (var i = 0; i < Worktrees; i++)
        {
            var id = $"feature-{101 + i % Tasks}";
            var track = 1 + i / Tasks;
            var tree = Path.Combine(Path.GetDirectoryName(root)!, $"repo-{id}-t{track}");
            Git(root, "worktree", "add", "-q", "-b", $"{id}/t{track}", tree, "main");
            var file = Path.Combine(tree, $"src/{id}/t{track}/main.sh");
            File.AppendAllText(file, "echo committed\n");
            Git(tree, "commit", "-qam", "work");
            File.AppendAllText(file, "echo uncommitted\n");
        }
    }

    private static void Git(string folder, params string[] args)
    {
        var info = new ProcessStartInfo("git") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }
        using var process = Process.Start(info)!;
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"git {string.Join(' ', args)}: {error.Result}");
        }
    }
}
