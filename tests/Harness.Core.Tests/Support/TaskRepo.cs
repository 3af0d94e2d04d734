using System.Text;
using Harness.Core.Model.Evidence;
using Harness.Core.Model.Workspaces;

namespace Harness.Core.Tests.Support;

/// <summary>
/// A small repo on disk for one long-running task (FEAT-1, two tracks), written by the test as people write
/// it (Japanese prose under English headings), with an in-memory git: opening it starts no process.
/// </summary>
public sealed class TaskRepo : IDisposable
{
    public const string TaskId = "FEAT-1";
    public const string NotePath = "tasks/FEAT-1-progress.md";
    public const string FeatureListPath = "docs/harness/feature-list.md";
    public static readonly DateTimeOffset Monday = new(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);

    public TaskRepo()
    {
        Root = Path.Combine(Path.GetTempPath(), "harness-core-tests", Guid.NewGuid().ToString("N")[..12]);
        Git = new FakeGitRepository(Root);
        Write("harness.yml", "version: 1\npaths:\n  featureList: docs/harness/feature-list.md\n  tasks: tasks\n  evidence: .harness/evidence\n");
        Write("tasks/FEAT-1-plan.md", Plan);
        Write(FeatureListPath, FeatureList("in-progress"));
        Write(NotePath, Note);
    }

    public string Root { get; }

    public FakeGitRepository Git { get; }

    public Workspace Open() => Workspace.Open(Root, _ => Git);

    public void Write(string path, string text)
    {
        var full = Path.Combine(Root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text, new UTF8Encoding(false));
    }

    /// <summary>Records a passing verify of a track at <paramref name="commit"/> on a clean tree.</summary>
    public void Passed(string track, string command, string commit) =>
        EvidenceWriter.Write(Path.Combine(Root, ".harness", "evidence", TaskId), new EvidenceRecord
        {
            TaskId = TaskId, Track = track, Command = command, ExitCode = 0, Outcome = VerifyOutcome.Passed,
            StartedAt = Monday.AddHours(1), Commit = commit, Dirty = false,
        });

    public void Dispose() => Directory.Delete(Root, recursive: true);

    public static string FeatureList(string statusOfB) => $"""
        # Feature List

        ## Purpose
        - FEAT-1（通知の既読管理）をセッションをまたいで保つ。

        ## Tracks

        ### Track A: 既読フラグ
        - Status
          - in-progress
        - Owner
          - coder-a
        - Goal
          - 通知ごとに既読フラグを持たせる。
        - Owned Files
          - `src/read_flag.sh`
        - Verify Signal
          - `sh tests/test_read_flag.sh` が通る。
        - Dependencies
          - none

        ### Track B: 一覧表示
        - Status
          - {statusOfB}
        - Owner
          - coder-b
        - Goal
          - 未読の通知だけを一覧に出す。
        - Owned Files
          - `src/list.sh`
        - Verify Signal
          - `sh tests/test_list.sh` が通る。
        - Dependencies
          - Track A

        """;

    private const string Plan = """
        # FEAT-1 Plan

        ## Goal
        - 通知を既読にでき、未読だけを一覧できるようにする。

        ## Scope
        - `src/read_flag.sh` と `src/list.sh`。

        ## Merge Order
        1. coders: Track A, then Track B.
        2. Integrate and decide the exit state.

        """;

    private const string Note = """
        # FEAT-1 Progress Note

        ## Status
        - in-progress

        ## Current Goal
        - Track A の既読フラグを仕上げる。

        ## Completed
        - なし

        ## Decided
        - 既読フラグは通知ファイルの末尾に書く。

        ## Open Questions
        - なし

        ## Last Verify
        - `sh tests/test_read_flag.sh` : pass

        ## Changed Files
        - なし

        ## Resume Steps
        1. 計画と feature list を読む。

        ## Next Step
        - Track A のテストを一つ足す。

        """;
}
