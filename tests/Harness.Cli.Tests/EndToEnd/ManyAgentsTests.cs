using System.Text.Json;
using Harness.Cli.Tests.Support;

namespace Harness.Cli.Tests.EndToEnd;

/// <summary>
/// Several agents at once on real git: three work trees for two tasks made by `harness worktree add`, a branch pushed
/// from another machine, and a change across features on purpose. `harness agents` names the conflict (text and JSON),
/// lint names the ownership overlap, and in each work tree restart, guard and the pre-commit hook know their track
/// with no flag.
/// </summary>
public sealed class ManyAgentsTests
{
    internal const string AuditLog = "src/support_hub/audit_log.sh";
    private const string AuditTest = "tests/test_audit_log.sh";

    /// <summary>A second task whose in-progress track owns a file FEATURE-002's Track B (in progress) owns too.</summary>
    internal const string SecondFeatureList = """
        # Feature List

        ## Purpose
        - FEATURE-003：監査ログの書き出し。CSV で出す。

        ## Operating Rules
        - 他の track が持つファイルは触らない。

        ## Tracks

        ### Track A: 監査ログの書き出し
        - Status: in-progress
        - Owner: coder-x
        - Owned Files
          - `src/support_hub/export.sh`
          - `src/support_hub/audit_log.sh`
        - Verify Signal: `sh tests/test_export.sh`
        - Dependencies: none

        ## Shared File Rule
        - 共有ファイルはない。

        ## Stop Instead Of Parallelizing
        - 二つの track が同じファイルを要するとき。
        """;

    [Test]
    public void Agents_names_a_cross_feature_conflict_lint_names_the_overlap_and_each_work_tree_knows_its_track()
    {
        using var repo = TempRepo.Sample();
        repo.Write("docs/harness/feature-list-FEATURE-003.md", SecondFeatureList);
        repo.CommitAll("FEATURE-003");
        var addB = repo.Harness("worktree", "add", "FEATURE-002", "--track", "B");
        var addA = repo.Harness("worktree", "add", "FEATURE-002", "--track", "A");
        var addExport = repo.Harness("worktree", "add", "FEATURE-003", "--track", "A", "--format", "json");
        var treeB = WorktreeOf(repo, "feature-002-b");
        var treeA = WorktreeOf(repo, "feature-002-a");
        var treeExport = WorktreeOf(repo, "feature-003-a");
        // The export agent changes the audit log, which FEATURE-002's Track B owns too and changes (not yet committed),
        // and Track B's test, which only Track B owns.
        File.AppendAllText(Path.Combine(treeExport, AuditLog), "# export hook\n");
        File.AppendAllText(Path.Combine(treeExport, AuditTest), "# export case\n");
        repo.RunGit("-C", treeExport, "commit", "-qam", "export: hook into the audit log");
        File.AppendAllText(Path.Combine(treeB, AuditLog), "# refuse same assignee\n");

        var text = repo.Harness("agents");
        var json = repo.Harness("agents", "--format", "json");
        var lint = repo.Harness("lint");

        addB.ExitCode.Should().Be(0, addB.ToString());
        addB.Output.Should().Contain("branch feature-002/b: new, from main").And.Contain("harness.task=FEATURE-002, harness.track=B");
        addA.ExitCode.Should().Be(0, addA.ToString());
        CommandSchemas.Errors(addExport.Output).Should().BeEmpty("worktree add's JSON follows docs/schemas/worktree.schema.json");
        CommandSchemas.Errors(json.Output).Should().BeEmpty("agents' JSON follows docs/schemas/agents.schema.json");
        using (var added = JsonDocument.Parse(addExport.Output))
        {
            added.RootElement.GetProperty("kind").GetString().Should().Be("worktree");
            added.RootElement.GetProperty("branch").GetString().Should().Be("feature-003/a");
        }
        text.ExitCode.Should().Be(1, text.ToString());
        text.Output.Should().Contain("4 agent(s), compared with main")
            .And.Contain($"error AGT001: work tree {treeB} (FEATURE-002 Track B) and work tree {treeExport} (FEATURE-003 Track A) both changed {AuditLog}")
            .And.Contain($"error AGT002: work tree {treeExport} (FEATURE-003 Track A) changed {AuditTest}, which Track B of FEATURE-002 owns")
            .And.Contain("error HRN028: Track B of FEATURE-002 and Track A of FEATURE-003 (docs/harness/feature-list-FEATURE-003.md:16:6) are both in progress");
        json.ExitCode.Should().Be(1, json.ToString());
        using (var report = JsonDocument.Parse(json.Output))
        {
            var root = report.RootElement;
            root.GetProperty("schemaVersion").GetInt32().Should().Be(1);
            root.GetProperty("kind").GetString().Should().Be("agents");
            var export = root.GetProperty("agents").EnumerateArray().Single(a => a.GetProperty("where").GetString() == treeExport);
            export.GetProperty("task").GetString().Should().Be("FEATURE-003");
            export.GetProperty("track").GetString().Should().Be("A");
            export.GetProperty("owner").GetString().Should().Be("coder-x");
            export.GetProperty("ahead").GetInt32().Should().Be(1);
            export.GetProperty("committed").EnumerateArray().Select(f => f.GetString()).Should().BeEquivalentTo(AuditLog, AuditTest);
            var trackB = root.GetProperty("agents").EnumerateArray().Single(a => a.GetProperty("where").GetString() == treeB);
            trackB.GetProperty("uncommitted").EnumerateArray().Select(f => f.GetString()).Should().Equal(AuditLog);
            trackB.GetProperty("note").GetProperty("path").GetString().Should().Be("tasks/FEATURE-002-progress.md");
            var conflicts = root.GetProperty("conflicts").EnumerateArray().ToList();
            conflicts.Select(c => c.GetProperty("ruleId").GetString()).Should().Contain(["AGT001", "AGT002", "HRN028"]);
            conflicts.Should().OnlyContain(c => c.GetProperty("line").GetInt32() > 0 && c.GetProperty("column").GetInt32() > 0);
        }
        lint.ExitCode.Should().Be(1, lint.ToString());
        lint.Output.Should().Contain("HRN028").And.Contain("Track B of FEATURE-002 owns 'src/support_hub/audit_log.sh' and Track A of FEATURE-003 owns 'src/support_hub/audit_log.sh'");

        var restart = HarnessRunner.Run(treeB, "restart", "--current", "--allow-incomplete");
        restart.ExitCode.Should().Be(0, restart.ToString());
        restart.Output.Should().StartWith("# Restart: FEATURE-002, Track B").And.Contain("track from git config --worktree harness.track");
        var guard = HarnessRunner.Run(treeB, "guard");
        guard.Output.Should().Contain("guard FEATURE-002 Track B (coder-b)");
        File.AppendAllText(Path.Combine(treeA, AuditLog), "# not Track A's\n");
        repo.RunGit("-C", treeA, "add", "-A");
        var preCommit = HarnessRunner.Run(treeA, "hooks", "pre-commit");
        preCommit.ExitCode.Should().Be(1, preCommit.ToString());
        preCommit.Output.Should().Contain("is owned by Track B (coder-b), not Track A");
        preCommit.Error.Should().Contain("Track A from git config --worktree harness.track");
    }

    [Test]
    public void A_track_branch_pushed_from_another_machine_is_listed_and_checked_like_a_work_tree()
    {
        using var repo = TempRepo.Sample();
        var container = Path.GetDirectoryName(repo.Root)!;
        var remote = Path.Combine(container, "origin.git");
        var elsewhere = Path.Combine(container, "other-machine");
        repo.RunGit("init", "-q", "--bare", remote);
        repo.RunGit("remote", "add", "origin", remote);
        repo.RunGit("push", "-q", "origin", "main");
        repo.RunGit("clone", "-q", "-b", "main", remote, elsewhere);
        repo.RunGit("-C", elsewhere, "switch", "-q", "-c", "feature-002/c");
        Directory.CreateDirectory(Path.Combine(elsewhere, "docs"));
        File.AppendAllText(Path.Combine(elsewhere, "docs/support-hub.md"), "\nAudit log: see audit_log.sh.\n");
        File.AppendAllText(Path.Combine(elsewhere, AuditLog), "# docs hook\n");
        repo.RunGit("-C", elsewhere, "add", "-A");
        repo.RunGit("-C", elsewhere, "-c", "user.email=c@example.com", "-c", "user.name=C", "commit", "-qm", "docs");
        repo.RunGit("-C", elsewhere, "push", "-q", "origin", "feature-002/c");
        repo.RunGit("fetch", "-q", "origin");

        var json = repo.Harness("agents", "--format", "json");

        json.ExitCode.Should().Be(1, json.ToString());
        CommandSchemas.Errors(json.Output).Should().BeEmpty("a pushed branch's entry follows docs/schemas/agents.schema.json too");
        using var report = JsonDocument.Parse(json.Output);
        var pushed = report.RootElement.GetProperty("agents").EnumerateArray().Single(a => a.GetProperty("place").GetString() == "remote-branch");
        pushed.GetProperty("where").GetString().Should().Be("origin/feature-002/c");
        pushed.GetProperty("task").GetString().Should().Be("FEATURE-002");
        pushed.GetProperty("track").GetString().Should().Be("C");
        pushed.GetProperty("ahead").GetInt32().Should().Be(1);
        pushed.GetProperty("committed").EnumerateArray().Select(f => f.GetString()).Should().BeEquivalentTo("docs/support-hub.md", AuditLog);
        report.RootElement.GetProperty("conflicts").EnumerateArray().Select(c => c.GetProperty("message").GetString()).Should().Contain(
            m => m!.StartsWith($"pushed branch origin/feature-002/c (FEATURE-002 Track C) changed {AuditLog}, which Track B of FEATURE-002 owns"));
    }

    internal static string WorktreeOf(TempRepo repo, string suffix) =>
        Path.Combine(Path.GetDirectoryName(repo.Root)!, $"{Path.GetFileName(repo.Root)}-{suffix}".ToLowerInvariant());
}
