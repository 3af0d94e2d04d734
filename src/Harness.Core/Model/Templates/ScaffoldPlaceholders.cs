using Harness.Core.Model.Documents;
using Harness.Core.Model.Text;

namespace Harness.Core.Model.Templates;

/// <summary>
/// Every sentence `harness new` (and `harness handoff`, for a track with no Goal) writes for the author to
/// replace, listed once. The templates render them from this list (as `placeholder.KEY`), and lint (HRN024)
/// and assess recognise them by this list, exactly as written: never by guessing at the author's prose.
/// A sentence here is one line and no sentence contains another, so a line holds at most one of them.
/// </summary>
public static class ScaffoldPlaceholders
{
    public static readonly Placeholder BriefSource = new("brief_source",
        "Write where this task comes from (an issue, a request).", "where this task comes from: the issue or the request");

    public static readonly Placeholder BriefScope = new("brief_scope",
        "Write what this task changes.", "what this task changes");

    public static readonly Placeholder BriefInputs = new("brief_inputs",
        "Write what the task reads.", "what the task reads");

    public static readonly Placeholder BriefDeliverables = new("brief_deliverables",
        "Write what the task produces.", "what the task produces");

    public static readonly Placeholder BriefConstraints = new("brief_constraints",
        "Write what must not change.", "what must not change");

    public static readonly Placeholder BriefAcceptance = new("brief_acceptance",
        "Write what a reviewer checks.", "what a reviewer checks");

    public static readonly Placeholder BriefVerification = new("brief_verification",
        "Name the command that proves the task, in backticks, and what passing means.",
        "the command that proves the task, in backticks, and what passing means");

    /// <summary>A brief's Out of Scope and a plan's Non-goals.</summary>
    public static readonly Placeholder LeavesAlone = new("leaves_alone",
        "Write what this task leaves alone.", "what this task leaves alone");

    public static readonly Placeholder PlanScope = new("plan_scope",
        "Write what this task changes, one bullet a part.", "what this task changes, one bullet a part");

    /// <summary>The Verify cell of a plan's Workstreams row.</summary>
    public static readonly Placeholder WorkstreamVerify = new("workstream_verify",
        "Name the command in the feature list", "the track's verify command in backticks, as its Verify Signal states it");

    public static readonly Placeholder TrackGoal = new("track_goal",
        "Write what this track delivers.", "what this track delivers");

    public static readonly Placeholder TrackVerify = new("track_verify",
        "Name the command that proves this track, in backticks, and what passing means.",
        "the command that proves this track, in backticks, and what passing means");

    public static IReadOnlyList<Placeholder> All { get; } =
    [
        BriefSource, BriefScope, BriefInputs, BriefDeliverables, BriefConstraints, BriefAcceptance, BriefVerification,
        LeavesAlone, PlanScope, WorkstreamVerify, TrackGoal, TrackVerify,
    ];

    /// <summary>The sentences by key, for a template model: `{{ placeholder.plan_scope }}`.</summary>
    public static Dictionary<string, object?> Model() => All.ToDictionary(p => p.Key, p => (object?)p.Sentence, StringComparer.Ordinal);

    /// <summary>Each line of a file that holds a placeholder, with the placeholder and where it starts.</summary>
    public static IReadOnlyList<PlaceholderHit> FindIn(SourceText source) => FindIn(source, 0, source.Text.Length);

    /// <summary>The placeholders of a section, subsections included.</summary>
    public static IReadOnlyList<PlaceholderHit> FindIn(Section section) => FindIn(section.Source, section.ContentStart, section.End);

    private static List<PlaceholderHit> FindIn(SourceText source, int start, int end)
    {
        var text = source.Text;
        var hits = new List<(int Offset, Placeholder Placeholder)>();
        foreach (var placeholder in All)
        {
            var at = start;
            while (at < end && (at = text.IndexOf(placeholder.Sentence, at, end - at, StringComparison.Ordinal)) >= 0)
            {
                hits.Add((at, placeholder));
                at += placeholder.Sentence.Length;
            }
        }
        return hits
            .OrderBy(h => h.Offset)
            .Select(h => new PlaceholderHit(h.Placeholder, source.LocationOf(h.Offset)))
            .DistinctBy(h => h.Location.Line)
            .ToList();
    }
}

/// <summary>A sentence written for the author to replace: its template key, its text, and what belongs there.</summary>
public sealed record Placeholder(string Key, string Sentence, string ReplaceWith);

/// <summary>A placeholder found in a file, where its sentence starts.</summary>
public sealed record PlaceholderHit(Placeholder Placeholder, SourceLocation Location);
