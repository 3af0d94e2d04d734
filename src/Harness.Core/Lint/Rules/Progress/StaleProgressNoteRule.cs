using Harness.Core.Model.Findings;
using Harness.Core.Model.Git;
using Harness.Core.Model.State;

namespace Harness.Core.Lint.Rules.Progress;

/// <summary>
/// A Progress Note whose last commit is older than a commit that changed the feature's owned files: the code
/// moved on and the note did not. One `git log` per task over the note and every owned path (started by
/// <see cref="LintGitQueries"/> while the artifacts are read); the order of the
/// log (newest first), not the clock, decides which came later. Without git the rule says once that it skipped.
/// </summary>
public sealed class StaleProgressNoteRule : IRule
{
        public string Id => RuleIds.StaleProgressNote;

    public string Name => "stale-progress-note";

    public Severity DefaultSeverity => Severity.Warning;

    public string Summary => "A Progress Note was last committed before a commit that changed the feature's owned files.";

    public IEnumerable<RuleFinding> Check(LintContext context)
    {
        var candidates = context.Tasks
            .Where(t => t.Note is not null && t.FeatureList is { Ownership.Entries.Count: > 0 })
            .ToList();
        if (candidates.Count == 0)
        {
            yield break;
        }
        var git = context.Workspace.Git;
        if (git is null)
        {
            yield return new RuleFinding(candidates[0].Note!.Start,
                "no git here, so the check that Progress Notes are newer than the changes to owned files was skipped", Severity.Info);
            yield break;
        }
        foreach (var task in candidates)
        {
            if (Check(context.GitQueries.NoteLog(git, task), task) is { } finding)
            {
                yield return finding;
            }
        }
    }

    private static RuleFinding? Check(NoteCommits<GitPathCommit>? log, LintedTask task)
    {
        var note = task.Note!;
        if (log is not { NoteCommit: { } noteCommit, After: [var latest, ..] })
        {
            return null;
        }
        var ownedChange = $"{latest.ShortHash} {latest.Date}, {latest.Files.FirstOrDefault() ?? "an owned file"}";
        return new RuleFinding(note.Start,
            $"the Progress Note was last committed in {noteCommit.ShortHash} {noteCommit.Date}, but owned files of {task.Id} changed after it (latest: {ownedChange}); update the note's Status, Last Verify and Next Step, and commit it");
    }
}
