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
        Write(root, "harness.yml", "version: 1\nimplementation:\n  - src/**\n");
        // The house style puts a list right under its heading (as the sample does); markdownlint's defaults call
        // that an error, and printing 40,000 of them would time the terminal, not the linter.
        Write(root, ".markdownlint.json", "{ \"MD013\": false, \"MD022\": false, \"MD032\": false }\n");
        // The restart protocol and the playbook of the sample: complete, and they do not grow with the corpus.
        foreach (var doc in new[] { "docs/harness/restart-protocol.md", "docs/harness/multi-agent-playbook.md" })
        {
            Write(root, doc, File.ReadAllText(Path.Combine(SampleRepo.Folder, doc)));
        }
        var features = new StringBuilder($"---\nfeature: {Feature}\n---\n# Feature List\n\n## Purpose\n- The bench feature.\n\n")
            .Append("## Operating Rules\n- Close one track at a time.\n\n## Tracks\n\n");
        var plan = new StringBuilder($"# {Feature} Plan\n\n## Goal\n- Measure harness at scale.\n\n## Scope\n- Every track.\n\n## Non-goals\n- None.\n\n")
            .Append("## Planner Responsibilities\n- Keep the feature list and this plan in agreement.\n\n## Workstreams\n\n");
        for (var i = 1; i <= size; i++)
        {
            var owner = i == size ? "reviewer / verifier" : $"coder-{i}";
            var dependency = i == size ? "Track T1" : "none";
            // The reviewer keeps to reports (role plan rule HRN021); every coder owns one module.
            var area = i == size ? "reports" : $"src/mod{i}";
            features.Append($"### Track T{i}: Module {i}\n- Status: {(i == 1 ? "in-progress" : "ready")}\n- Owner: {owner}\n- Goal: Module {i} works.\n")
                .Append($"- Owned Files:\n  - `{area}/**`\n- Verify Signal: `sh {area}/check.sh` passes.\n- Exit Signal: the check passes.\n- Dependencies: {dependency}\n\n");
            plan.Append($"### Track T{i}\n- Owner: {owner}\n- Owned Files: `{area}/**`\n- Verify: `sh {area}/check.sh`\n\n");
            Write(root, $"{area}/check.sh", $"echo module {i}\n");
            Write(root, $"tasks/TASK-{i}-brief.md", Brief(i));
            Write(root, $"tasks/TASK-{i}-progress.md", Progress($"TASK-{i}", track: null, i));
        }
        features.Append("## Shared File Rule\n- none\n\n## Stop Instead Of Parallelizing\n- Owners are unset.\n");
        plan.Append("## Shared File Rule\n- none\n\n## Merge Order\n1. planner\n2. coders\n3. reviewer\n4. verifier\n\n## Approval Gates\n- none\n\n")
            .Append("## Handoff Contract\n- Goal, Owned Files, Verify, Next Owner.\n\n## Checkpoints\n- Checkpoint 1: Track T1 done.\n\n")
            .Append($"## Restart Anchor\n- Restart from this plan and `tasks/{Feature}-progress.md`.\n");
        Write(root, $"docs/harness/feature-list-{Feature}.md", features.ToString());
        Write(root, $"tasks/{Feature}-plan.md", plan.ToString());
        Write(root, $"tasks/{Feature}-progress.md", Progress(Feature, "T1", 1));
        Git(root, "init", "-q", "-b", "main");
        Git(root, "add", "-A");
        Git(root, "-c", "user.email=bench@example.com", "-c", "user.name=bench", "-c", "commit.gpgsign=false", "commit", "-q", "-m", "corpus");
        return root;
    }

    private static string Brief(int i) =>
        $"# TASK-{i} Brief\n\n## Source\n- Support reported defect {i}.\n\n## Goal\n- Fix defect {i}.\n\n## Scope\n- `src/mod{i}/**`\n\n" +
        $"## Inputs\n- The report of defect {i}.\n\n## Deliverables\n- `src/mod{i}/check.sh`\n\n## Constraints\n- POSIX shell only.\n\n" +
        $"## Acceptance Criteria\n- The check of module {i} passes.\n\n## Verification\n- `sh src/mod{i}/check.sh`\n\n## Open Questions\n- none\n\n" +
        "## Out of Scope\n- Other modules.\n";

    private static string Progress(string id, string? track, int module) =>
        $"---\nfeature: {id}\n{(track is null ? "" : $"track: {track}\n")}updated: 2026-11-20\n---\n# Progress Note\n\n## Status\n- in-progress\n\n" +
        $"## Current Goal\n- Work on {id}.\n\n## Completed\n- Read the plan.\n\n## Decided\n- Keep it small.\n\n## Open Questions\n- none\n\n" +
        $"## Last Verify\n- `sh src/mod{module}/check.sh`: pass\n\n## Changed Files\n- `src/mod{module}/check.sh`\n\n" +
        $"## Resume Steps\n1. Read the brief or the plan.\n\n## Next Step\n- Write the first test.\n";

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
}
