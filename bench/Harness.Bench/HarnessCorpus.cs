using System.Diagnostics;
using System.Text;

namespace Harness.Bench;

/// <summary>
/// A repo in the book's shape at scale: one feature of N tracks (feature list and plan), N single-agent tasks
/// (brief and Progress Note each), the docs, and one source file per track so that every owned glob matches.
/// </summary>
internal static class HarnessCorpus
{
    public const string Feature = "FEATURE-900";

    public static string Create(string root, int size)
    {
        Directory.CreateDirectory(root);
        Write(root, "harness.yml", "version: 1\n");
        Write(root, "docs/harness/restart-protocol.md", Docs.RestartProtocol);
        Write(root, "docs/harness/multi-agent-playbook.md", Docs.Playbook);
        var features = new StringBuilder($"---\nfeature: {Feature}\n---\n# Feature List\n\n## Purpose\n- The bench feature.\n\n## Tracks\n\n");
        var plan = new StringBuilder($"# {Feature} Plan\n\n## Goal\n- Measure harness at scale.\n\n## Scope\n- Every track.\n\n## Non-goals\n- None.\n\n## Workstreams\n\n");
        for (var i = 1; i <= size; i++)
        {
            var owner = i == size ? "reviewer / verifier" : $"coder-{i}";
            var dependency = i == size ? "Track T1" : "none";
            features.Append($"### Track T{i}: Module {i}\n- Status: {(i == 1 ? "in-progress" : "ready")}\n- Owner: {owner}\n- Goal: Module {i} works.\n")
                .Append($"- Owned Files:\n  - `src/mod{i}/**`\n- Verify Signal: `sh src/mod{i}/check.sh` passes.\n- Exit Signal: the check passes.\n- Dependencies: {dependency}\n\n");
            plan.Append($"### Track T{i}\n- Owner: {owner}\n- Owned Files: `src/mod{i}/**`\n- Verify: `sh src/mod{i}/check.sh`\n\n");
            Write(root, $"src/mod{i}/check.sh", $"echo module {i}\n");
            Write(root, $"tasks/TASK-{i}-brief.md", Brief(i));
            Write(root, $"tasks/TASK-{i}-progress.md", Progress($"TASK-{i}", track: null, i));
        }
        features.Append("## Shared File Rule\n- none\n\n## Stop Instead Of Parallelizing\n- Owners are unset.\n");
        plan.Append("## Shared File Rule\n- none\n\n## Merge Order\n1. planner\n2. coders\n3. reviewer\n4. verifier\n\n## Approval Gates\n- none\n");
        Write(root, $"docs/harness/feature-list-{Feature}.md", features.ToString());
        Write(root, $"tasks/{Feature}-plan.md", plan.ToString());
        Write(root, $"tasks/{Feature}-progress.md", Progress(Feature, "T1", 1));
        Git(root, "init", "-q", "-b", "main");
        Git(root, "add", "-A");
        Git(root, "-c", "user.email=bench@example.com", "-c", "user.name=bench", "-c", "commit.gpgsign=false", "commit", "-q", "-m", "corpus");
        return root;
    }

    private static string Brief(int i) =>
        $"# TASK-{i} Brief\n\n## Goal\n- Fix defect {i}.\n\n## Scope\n- `src/mod{i}/**`\n\n## Non-goals\n- Other modules.\n\n## Verification\n- `sh src/mod{i}/check.sh`\n\n## Open Questions\n- none\n";

    private static string Progress(string id, string? track, int module) =>
        $"---\nfeature: {id}\n{(track is null ? "" : $"track: {track}\n")}updated: 2026-11-20\n---\n# Progress Note\n\n## Current Goal\n- Work on {id}.\n\n## Completed\n- Read the plan.\n\n" +
        $"## Decisions\n- Keep it small.\n\n## Open Questions\n- none\n\n## Last Verify\n- `sh src/mod{module}/check.sh`: pass\n\n## Next Step\n- Write the first test.\n";

    private static void Write(string root, string relative, string text)
    {
        var full = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    internal static void Git(string root, params string[] args)
    {
        var info = new ProcessStartInfo("git") { WorkingDirectory = root, UseShellExecute = false, RedirectStandardOutput = true };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }
        using var process = Process.Start(info)!;
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
    }

    private static class Docs
    {
        public const string RestartProtocol = "# Restart Protocol\n\n## Read Order\n1. The plan.\n2. The feature list.\n3. The Progress Note.\n\n## Stop Conditions\n- No Progress Note.\n";
        public const string Playbook = "# Multi-Agent Playbook\n\n## Roles\n- planner: splits the task.\n- coder: writes code in owned files.\n- reviewer: reviews.\n- verifier: runs the verify signals.\n";
    }
}
