namespace Harness.Cli.Tests.Support;

/// <summary>
/// A long-running task written by hand the way a person who never saw harness writes it: English headings,
/// Japanese prose, CRLF line ends and a BOM in the feature list, no front matter (the Purpose names the task).
/// Track A states its verify in backticks; Track B says in prose that a person checks it, with no command.
/// The plan has four approval gates (conditions) and nothing waits for approval yet.
/// </summary>
internal static class HandWrittenTask
{
    public const string Id = "FEATURE-010";
    public const string ListPath = "docs/harness/feature-list.md";
    public const string PlanPath = "tasks/FEATURE-010-plan.md";
    public const string NotePath = "tasks/FEATURE-010-progress.md";
    public const string TrackACommand = "PYTHONPATH=src python -m unittest tests.test_index";

    public const string FeatureList = """
        # Feature List

        ## Purpose
        - FEATURE-010 のチケット検索を速くする。

        ## Tracks

        ### Track A: 索引
        - Status
          - in-progress
        - Owner
          - coder-a
        - Owned Files
          - `src/index.py`
        - Verify Signal
          - `PYTHONPATH=src python -m unittest tests.test_index` が通ること。
        - Dependencies
          - none

        ### Track B: 検索画面
        - Status
          - ready-for-coder-b
        - Owner
          - coder-b
        - Owned Files
          - `src/view.py`
        - Verify Signal
          - 画面を開いて、検索が 1 秒以内に返ることを目で確認する。
        - Dependencies
          - none

        ## Shared File Rule
        - none

        ## Stop Instead Of Parallelizing
        - オーナーが決まっていない。
        - 承認待ちの track がある。
        """;

    public const string Plan = """
        # FEATURE-010 Plan

        ## Goal
        - チケット検索を 1 秒以内に返す。

        ## Scope
        - 検索索引の作成と、検索画面からの利用。

        ## Non-goals
        - 全文検索エンジンの導入はしない。

        ## Workstreams
        | Track | Owner | Goal | Owned Files | Verify | Exit Signal |
        |---|---|---|---|---|---|
        | A | coder-a | 索引 | `src/index.py` | `PYTHONPATH=src python -m unittest tests.test_index` | テストが通る |
        | B | coder-b | 検索画面 | `src/view.py` | 目で確認 | 1 秒以内 |

        ## Shared File Rule
        - none

        ## Merge Order
        1. Track A
        2. Track B

        ## Approval Gates
        - 索引の保存形式を変えるときは、リードの承認が必要。
        - 本番データでの計測は、運用チームの承認を得てから行う。
        - A new dependency needs a person's approval.
        - 検索画面の文言変更はデザイナーの確認を経る。
        """;

    public const string Note = """
        # FEATURE-010 Progress Note

        ## Status
        - in-progress

        ## Current Goal
        - 索引を作る。

        ## Completed
        - 索引のデータ構造を決めた。

        ## Decided
        - 索引はメモリに持つ。

        ## Open Questions
        - 索引の再構築はいつ行うか。

        ## Last Verify
        - `PYTHONPATH=src python -m unittest tests.test_index` : pass

        ## Next Step
        - 索引の更新処理を書く。
        """;

    /// <summary>A committed git repo holding the three files; the feature list with CRLF and a BOM.</summary>
    public static TempRepo Repo() => TempRepo.FromTemplate("handwritten-task", repo =>
    {
        repo.InitGit();
        repo.WriteBytes(ListPath, [0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes(FeatureList.ReplaceLineEndings("\r\n") + "\r\n")]);
        repo.Write(PlanPath, Plan + "\n").Write(NotePath, Note + "\n");
        repo.CommitAll("FEATURE-010");
    });
}
