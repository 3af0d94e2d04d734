using System.Text;
using Harness.Cli.Tests.Support;

namespace Harness.Cli.Tests.Robustness;

/// <summary>
/// The sample repo with one hostile artifact planted: the broken files agents and crashes leave behind.
/// Each case is a name and what it does to a fresh copy of the sample.
/// </summary>
internal static class HostileRepos
{
    public const string FeatureList = "docs/harness/feature-list.md";
    public const string Note = "tasks/FEATURE-002-progress.md";
    public const string Plan = "tasks/FEATURE-002-plan.md";
    public const string Chain = "2 MB feature list of 15,000 tracks in one chain";

    public static readonly IReadOnlyDictionary<string, Action<TempRepo>> Cases = new Dictionary<string, Action<TempRepo>>
    {
        ["binary feature list"] = repo => repo.WriteBytes(FeatureList, [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x1A, 0x0A, .. new byte[4096]]),
        ["NUL byte in the note"] = repo => repo.Write(Note, repo.Read(Note).Replace("## Next Step", "## Next\0Step", StringComparison.Ordinal)),
        ["invalid UTF-8 in the plan"] = repo => repo.WriteBytes(Plan, [.. Encoding.UTF8.GetBytes("# Plan\n\n## Goal\n- "), 0xC3, 0x28, 0xFF, (byte)'\n']),
        ["empty artifacts"] = repo =>
        {
            foreach (var path in new[] { FeatureList, Note, Plan, "docs/harness/restart-protocol.md", "harness.yml" })
            {
                repo.Write(path, "");
            }
        },
        ["front matter that never closes"] = repo => repo.Write(Note, "---\nfeature: FEATURE-002\ntrack: B\n" + repo.Read(Note)),
        ["YAML alias bomb"] = repo =>
        {
            var bomb = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
            for (var i = 1; i < 30; i++)
            {
                bomb.Append($"a{i}: &a{i} [*a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}]\n");
            }
            repo.Write("harness.yml", bomb.ToString());
            repo.Write(Note, "---\n" + bomb + "---\n" + repo.Read(Note));
        },
        // Deeper than any recursion survives on the small stacks the matrix runs it on (see HostileInputTests.ChainStack).
        [Chain] = repo => repo.Write(FeatureList, LongChain(15_000)),
        ["Markdown nested 3,000 levels deep"] = repo =>
        {
            var nested = new StringBuilder("# Progress Note\n\n## Next Step\n");
            for (var i = 0; i < 3000; i++)
            {
                nested.Append(new string(' ', i * 2)).Append("- level ").Append(i).Append('\n');
            }
            nested.Append(new string('>', 3000)).Append(" quote\n");
            repo.Write(Note, nested.ToString());
        },
        ["a table 20,000 columns wide"] = repo =>
        {
            var header = "|" + string.Join("|", Enumerable.Range(0, 20_000).Select(i => $"c{i}")) + "|\n";
            var rule = "|" + string.Join("|", Enumerable.Repeat("---", 20_000)) + "|\n";
            repo.Write(Plan, repo.Read(Plan) + "\n## Wide\n\n" + header + rule + header);
        },
        ["a folder where a file should be"] = repo =>
        {
            File.Delete(repo.PathOf(Note));
            Directory.CreateDirectory(repo.PathOf(Note));
            File.Delete(repo.PathOf(FeatureList));
            Directory.CreateDirectory(repo.PathOf(FeatureList));
        },
        ["symbolic-link loop and a link to / in docs/harness"] = repo =>
        {
            File.CreateSymbolicLink(repo.PathOf("docs/harness/loop-a.md"), repo.PathOf("docs/harness/loop-b.md"));
            File.CreateSymbolicLink(repo.PathOf("docs/harness/loop-b.md"), repo.PathOf("docs/harness/loop-a.md"));
            Directory.CreateSymbolicLink(repo.PathOf("docs/harness/root"), "/");
            File.Delete(repo.PathOf(FeatureList));
            File.CreateSymbolicLink(repo.PathOf(FeatureList), "/etc/passwd");
            File.Delete(repo.PathOf(Note));
            File.CreateSymbolicLink(repo.PathOf(Note), "../../outside/secret.md");
        },
        ["owned files outside the repo"] = repo => repo.Write(FeatureList, repo.Read(FeatureList)
            .Replace("`src/support_hub/assignee_filter.sh`", "`../outside/**`", StringComparison.Ordinal)
            .Replace("`tests/test_audit_log.sh`", "`/etc/passwd`", StringComparison.Ordinal)),
        ["harness.yml paths outside the repo"] = repo => repo.Write("harness.yml",
            "version: 1\npaths:\n  featureList: ../outside/feature-list.md\n  tasks: /etc\n  evidence: ../../evidence\n  restartProtocol: /etc/passwd\n"),
    };

    /// <summary>A feature list whose tracks each depend on the one before (T1 ... Tn), about 80 bytes a track.</summary>
    public static string LongChain(int tracks)
    {
        var text = new StringBuilder("---\nfeature: FEATURE-002\n---\n# Feature List\n\n## Tracks\n\n");
        for (var i = 1; i <= tracks; i++)
        {
            text.Append("### Track T").Append(i).Append("\n- Status: ready\n- Owner: coder-").Append(i)
                .Append("\n- Owned Files: `src/t").Append(i).Append(".sh`\n- Verify Signal: `true`\n- Dependencies: ")
                .Append(i == 1 ? "none" : "Track T" + (i - 1)).Append('\n');
        }
        return text.ToString();
    }

    /// <summary>A feature list of tracks T1 ... Tn, track N owning `**/*N*`: every glob starts with `**`, no folder tells them apart.</summary>
    public static string OverlappingGlobs(int tracks)
    {
        var text = new StringBuilder("---\nfeature: FEATURE-002\n---\n# Feature List\n\n## Tracks\n\n");
        for (var i = 1; i <= tracks; i++)
        {
            text.Append("### Track T").Append(i).Append("\n- Status: ready\n- Owner: coder-").Append(i)
                .Append("\n- Owned Files: `**/*").Append(i).Append("*`\n- Verify Signal: `true`\n- Dependencies: none\n");
        }
        return text.ToString();
    }

    /// <summary>Removes the links a case planted, so that clean-up never walks into / or a loop.</summary>
    public static void RemoveLinks(TempRepo repo)
    {
        foreach (var link in new[] { "docs/harness/loop-a.md", "docs/harness/loop-b.md", "docs/harness/root", FeatureList, Note })
        {
            var info = new FileInfo(repo.PathOf(link));
            if (info.LinkTarget is not null)
            {
                info.Delete();
            }
        }
    }
}
