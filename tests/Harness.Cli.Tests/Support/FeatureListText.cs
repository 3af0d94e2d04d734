using System.Text;

namespace Harness.Cli.Tests.Support;

/// <summary>One track as a test writes it; a null field is left out of the Markdown.</summary>
internal sealed record TrackText(
    string Id,
    string? Owner = "coder-a",
    string? Status = "ready-for-coder-a",
    string[]? Owns = null,
    string[]? Dependencies = null,
    string? Verify = "`sh tests/run.sh` passes.");

/// <summary>
/// Builds a complete, clean feature list (and the plan that agrees with it) for one task, so a rule test adds
/// exactly one defect and nothing else. Each track owns src/ID.sh unless told otherwise.
/// </summary>
internal sealed class FeatureListText
{
    public const string TaskId = "FEATURE-009";
    public const string ListPath = "docs/harness/feature-list.md";
    public const string PlanPath = "tasks/FEATURE-009-plan.md";
    public const string NotePath = "tasks/FEATURE-009-progress.md";

    private readonly List<TrackText> _tracks = [];
    private readonly List<string> _shared = [];

    public IReadOnlyList<TrackText> Tracks => _tracks;

    public FeatureListText Track(TrackText track)
    {
        _tracks.Add(track);
        return this;
    }

    public FeatureListText Track(string id, params string[] dependencies) =>
        Track(new TrackText(id, Dependencies: dependencies));

    public FeatureListText Shared(string line)
    {
        _shared.Add(line);
        return this;
    }

    public static string[] OwnsOf(TrackText track) => track.Owns ?? [$"src/{track.Id.ToLowerInvariant()}.sh"];

    public override string ToString()
    {
        var text = new StringBuilder($"---\nfeature: {TaskId}\n---\n# Feature List\n\n## Purpose\n- Test {TaskId}.\n\n## Operating Rules\n- One track at a time.\n\n## Tracks\n");
        foreach (var track in _tracks)
        {
            text.Append($"\n### Track {track.Id}: Work {track.Id}\n");
            Field(text, "Status", track.Status);
            Field(text, "Owner", track.Owner);
            text.Append("- Owned Files\n");
            foreach (var path in OwnsOf(track))
            {
                text.Append($"  - `{path}`\n");
            }
            Field(text, "Verify Signal", track.Verify);
            text.Append("- Dependencies\n");
            var dependencies = track.Dependencies is { Length: > 0 } d ? d.Select(x => "Track " + x) : ["none"];
            foreach (var dependency in dependencies)
            {
                text.Append($"  - {dependency}\n");
            }
        }
        text.Append("\n## Shared File Rule\n");
        text.Append(_shared.Count == 0 ? "- none\n" : string.Concat(_shared.Select(s => $"- {s}\n")));
        text.Append("\n## Stop Instead Of Parallelizing\n- An owner is unset.\n");
        return text.ToString();
    }

    /// <summary>A plan whose Workstreams agree with these tracks.</summary>
    public string Plan()
    {
        var rows = _tracks.Select(t =>
            $"| {t.Id} | {t.Owner ?? ""} | Work {t.Id} | {string.Join(", ", OwnsOf(t).Select(p => $"`{p}`"))} | `sh tests/run.sh` | passes |");
        return $"# {TaskId} Plan\n\n## Goal\n- Test.\n\n## Scope\n- Test.\n\n## Non-goals\n- none\n\n## Planner Responsibilities\n- Plan.\n\n" +
            "## Workstreams\n| Track | Owner | Goal | Owned Files | Verify | Exit Signal |\n|---|---|---|---|---|---|\n" +
            string.Join('\n', rows) +
            "\n\n## Shared File Rule\n- none\n\n## Merge Order\n1. Track by track.\n\n## Approval Gates\n- none\n\n## Handoff Contract\n- Goal.\n\n" +
            "## Checkpoints\n- One.\n\n## Restart Anchor\n- This plan.\n";
    }

    public static string Note(params string[] nextSteps) =>
        $"# {TaskId} Progress Note\n\n## Status\n- in-progress\n\n## Current Goal\n- Test.\n\n## Completed\n- none\n\n## Decided\n- none\n\n" +
        "## Open Questions\n- none\n\n## Last Verify\n- none\n\n## Changed Files\n- none\n\n## Resume Steps\n1. Read the plan.\n\n## Next Step\n" +
        string.Concat((nextSteps.Length == 0 ? ["Do the next thing."] : nextSteps).Select(s => $"- {s}\n"));

    private static void Field(StringBuilder text, string label, string? value)
    {
        if (value is not null)
        {
            text.Append($"- {label}\n  - {value}\n");
        }
    }
}
