using Harness.Core.Model.Artifacts;
using Harness.Core.Model.CommandLine;
using Harness.Core.Model.Evidence;
using Harness.Core.Model.Ownership;
using Harness.Core.Model.Schedule;
using Harness.Core.Model.State;
using Harness.Core.Model.Templates;
using Harness.Core.Model.Text;

namespace Harness.Core.Model.Assessment;

/// <summary>
/// The criteria of a feature split into tracks, and the tracks that would run in parallel now: those not
/// finished with nothing unfinished that must merge before them (an earlier step of the merge sequence, a
/// dependency). The merge order's schedule answers it, the one `harness order --check` answers from.
/// </summary>
internal sealed class FeatureCriteria
{
    private readonly TaskState _sources;
    private readonly IReadOnlyList<VerifyResult> _verify;
    private readonly FeatureList _list;
    private readonly TrackGraph _graph;
    private readonly MergeOrderReading _order;

    public FeatureCriteria(TaskState sources, IReadOnlyList<VerifyResult> verify)
    {
        _sources = sources;
        _verify = verify;
        _list = sources.FeatureList!;
        _graph = sources.Graph;
        _order = sources.MergeOrder;
        RunnableNow = _order.Schedule?.RunnableNow() ?? [];
    }

    public IReadOnlyList<Track> RunnableNow { get; }

    private SourceLocation TracksSection =>
        _list.Section("Tracks")?.Location ?? _list.Start;

    public IEnumerable<AssessmentCriterion> All() =>
    [
        TrackCount(),
        OwnersSet(),
        MergeOrderReadable(),
        Disjoint(),
        VerifyPerTrack(),
        CurrentVerify(),
        NoPendingApproval(),
        ScopeFrozen(),
    ];

    private AssessmentCriterion TrackCount()
    {
        const string name = "tracks to split";
        var count = _sources.Tracks.Count;
        return count == 0
            ? new AssessmentCriterion(name, false, $"{_list.Path} lists no track; split the task into tracks, or write a task brief for one agent", TracksSection)
            : new AssessmentCriterion(name, count > 1, count == 1 ? "one track: one agent works it" : $"{count} tracks", TracksSection);
    }

    private AssessmentCriterion OwnersSet()
    {
        const string name = "owners set";
        var unset = _sources.Tracks.Where(t => OwnerRoles.IsUnset(t.Owner)).ToList();
        if (unset.Count == 0)
        {
            return new AssessmentCriterion(name, true, "every track names its owner", StopItem("owner"));
        }
        var first = unset[0];
        return new AssessmentCriterion(name, false,
            $"{Tracks(unset)} {(unset.Count == 1 ? "has" : "have")} no owner; name it under '- Owner' in {_list.Path}",
            first.Owner?.Location ?? first.Location);
    }

    private AssessmentCriterion MergeOrderReadable()
    {
        const string name = "merge order readable";
        var section = MergeOrder.SectionOf(_sources.Plan, _sources.Playbook);
        if (_order.Problems.FirstOrDefault() is { } problem)
        {
            var more = _order.Problems.Count > 1 ? $" ({_order.Problems.Count - 1} more; see `{CommandWords.Order(_sources.Task.Id)}`)" : "";
            return new AssessmentCriterion(name, false, $"{problem.Message}{more}", problem.Location);
        }
        if (section is null)
        {
            return new AssessmentCriterion(name, true, "there is no Merge Order: the tracks' dependencies alone order them", TracksSection);
        }
        return new AssessmentCriterion(name, true,
            $"every step reads against the feature list (`{CommandWords.Order(_sources.Task.Id)}` shows its {_order.Steps.Count} steps)", section.Location);
    }

    private AssessmentCriterion Disjoint()
    {
        const string name = "disjoint owned files";
        var shared = _list.SharedFiles.Concat(_sources.Plan?.SharedFiles ?? []);
        var overlaps = new OwnershipAnalysis(_sources.Tracks, _graph, shared).Overlaps(_order.Schedule is { } schedule ? schedule.MayRunTogether : null);
        if (overlaps.Count == 0)
        {
            return new AssessmentCriterion(name, true,
                "no two tracks that can run at the same time own one file outside the Shared File Rule", StopItem("file"));
        }
        var overlap = overlaps[0];
        var (a, b) = (overlap.First.Track.Id, overlap.Second.Track.Id);
        var more = overlaps.Count > 1 ? $" ({overlaps.Count - 1} more pair{(overlaps.Count > 2 ? "s" : "")})" : "";
        return new AssessmentCriterion(name, false,
            $"Track {a} and Track {b} can run at the same time and both own {overlap.Example}{more}; give the file to one track, " +
            $"make Track {b} depend on Track {a} (or follow it in the plan's Merge Order), or name it in the Shared File Rule", overlap.Second.Value.Location);
    }

    private AssessmentCriterion VerifyPerTrack()
    {
        const string name = "a runnable verify per track";
        var missing = _sources.Tracks.Where(t => t.VerifyCommand is null).ToList();
        if (missing.Count == 0)
        {
            return new AssessmentCriterion(name, true, "every track's Verify Signal names a command in backticks", TracksSection);
        }
        var first = missing[0];
        var others = missing.Count > 1 ? $" (and likewise for {Tracks(missing.Skip(1).ToList())})" : "";
        return new AssessmentCriterion(name, false,
            $"{Tracks(missing)}: the Verify Signal names no command in backticks; {VerifyFixes.WriteCommand(first, Stated(first))}{others}",
            first.VerifySignal?.Label.Location ?? first.Location);
    }

    private AssessmentCriterion CurrentVerify()
    {
        const string name = "current passing verify";
        if (!_order.IsReadable)
        {
            var problem = _order.Problems[0];
            return new AssessmentCriterion(name, false,
                "which tracks can run now is unknown while a Merge Order step cannot be read (see 'merge order readable')", problem.Location);
        }
        if (RunnableNow.Count == 0)
        {
            return new AssessmentCriterion(name, true, "no track can start now: every one is finished or waits for a dependency or an earlier merge step", StopItem("verify"));
        }
        var latest = new Dictionary<string, VerifyResult>(TrackIds.Comparer);
        foreach (var verify in _verify.Where(v => v.Track is not null))
        {
            latest.TryAdd(verify.Track!, verify);
        }
        var results = RunnableNow.Select(t => (Track: t, Result: latest.GetValueOrDefault(t.Id))).ToList();
        var notCurrent = results.Where(r => r.Result?.Freshness != VerifyState.Pass).ToList();
        if (notCurrent.Count == 0)
        {
            return new AssessmentCriterion(name, true,
                $"{Tracks(RunnableNow)}, which can run now, {(RunnableNow.Count == 1 ? "has" : "have")} a current passing verify",
                results[0].Result!.Path, results[0].Result!.Line);
        }
        var (track, result) = notCurrent[0];
        var state = result is null ? "no result"
            : result.Command is null && result.Freshness == VerifyState.None ? "none: its Verify Signal names no command in backticks"
            : $"{result.Freshness.ToName()}: {result.Reason}";
        var others = notCurrent.Count > 1 ? $" (also {Tracks(notCurrent.Skip(1).Select(n => n.Track).ToList())})" : "";
        // Commit first only when there is something to commit: a verify on a dirty tree is stale from the start.
        var fix = track.VerifyCommand is null ? VerifyFixes.WriteCommand(track, Stated(track))
            : (_sources.Git.Uncommitted.Count > 0 ? "commit, then " : "") + $"run `{VerifyFixes.RunTrack(_sources.Task.Id, track)}`";
        return new AssessmentCriterion(name, false,
            $"Track {track.Id} can run now but its latest verify is not current ({state}){others}; {fix}",
            result?.Path ?? track.Location.File, result?.Line ?? track.Location.Line);
    }

    private AssessmentCriterion NoPendingApproval()
    {
        const string name = "no pending approval";
        var pending = Approvals.Pending(_sources);
        if (pending.Count == 0)
        {
            var gates = Approvals.Gates(_sources).Count;
            var conditions = gates switch
            {
                0 => "",
                1 => "; the approval gate is a condition for a later change, not a request waiting now",
                _ => $"; the {gates} approval gates are conditions for later changes, not requests waiting now",
            };
            return new AssessmentCriterion(name, true,
                $"nothing waits for a person's approval: no track or Progress Note is needs-human-approval and no Open Question awaits approval{conditions}",
                StopItem("approv"));
        }
        var first = pending[0];
        var more = pending.Count > 1 ? $" ({pending.Count - 1} more waiting: see Pending Approvals in `{CommandWords.Restart(_sources.Task.Id)}`)" : "";
        return new AssessmentCriterion(name, false, $"{first.Text}{more}; {first.Fix}", first.Location);
    }

    private AssessmentCriterion ScopeFrozen()
    {
        const string name = "plan scope frozen";
        var plan = _sources.Plan;
        if (plan is null)
        {
            return new AssessmentCriterion(name, false,
                $"there is no plan; write {_sources.Task.PlanPath} with Goal, Scope, Non-goals, Workstreams, a Shared File Rule and Merge Order", _sources.Task.PlanPath, 1);
        }
        var sections = new[] { "Scope", "Non-goals", "Shared File Rule" };
        var missing = sections.Where(s => plan.Section(s) is not { } section || section.Body.Length == 0).ToList();
        if (missing.Count > 0)
        {
            return new AssessmentCriterion(name, false,
                $"the plan lacks {string.Join(", ", missing)} (or leaves it empty); freeze the scope before splitting the work", plan.Start);
        }
        // A section still holding the sentence `harness new` wrote is not decided yet, whatever else it says.
        foreach (var section in sections)
        {
            if (ScaffoldPlaceholders.FindIn(plan.Section(section)!).FirstOrDefault() is { } found)
            {
                return new AssessmentCriterion(name, false,
                    $"the plan's {section} is still the placeholder \"{found.Placeholder.Sentence}\"; replace it with {found.Placeholder.ReplaceWith}, then the scope is frozen",
                    found.Location);
            }
        }
        return new AssessmentCriterion(name, true, "the plan states its Scope, Non-goals and Shared File Rule", plan.Section("Scope")!.Location);
    }

    private StatedCommand? Stated(Track track) => _sources.StatedCommands.For(track.Id);

    /// <summary>The feature list's Stop Instead Of Parallelizing bullet that states a condition, else the Tracks heading.</summary>
    private SourceLocation StopItem(string keyword) =>
        _list.StopConditions.FirstOrDefault(s => s.Text.Contains(keyword, StringComparison.OrdinalIgnoreCase))?.Location ?? TracksSection;

    /// <summary>"Track A" or "Tracks A, B"; past ten tracks the rest are counted, so a huge list stays one line.</summary>
    private static string Tracks(IReadOnlyList<Track> tracks)
    {
        const int shown = 10;
        var ids = string.Join(", ", tracks.Take(shown).Select(t => t.Id));
        var more = tracks.Count > shown ? $" and {tracks.Count - shown} more" : "";
        return (tracks.Count == 1 ? "Track " : "Tracks ") + ids + more;
    }
}
