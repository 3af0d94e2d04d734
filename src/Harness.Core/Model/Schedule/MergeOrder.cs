using Harness.Core.Model.Artifacts;
using Harness.Core.Model.Documents;
using Harness.Core.Model.Findings;

namespace Harness.Core.Model.Schedule;

/// <summary>
/// A task's Merge Order: the plan's steps, read as people write them (<see cref="MergeOrderReader"/>),
/// combined with the tracks' dependencies. A track merges in the first step that names it ("Track A, then
/// Track B" puts A first); a track no step names goes to the first step of its owner's role; a track never
/// merges before a track it depends on; tracks of one step with no order between them merge side by side.
/// `order`, `assess`, lint and restart all read it here.
/// </summary>
public static class MergeOrder
{
    /// <summary>
    /// The Merge Order a task follows: its plan's, else (a plan without the section, or no plan) the playbook's,
    /// the same choice the restart packet quotes.
    /// </summary>
    public static Section? SectionOf(Plan? plan, Playbook? playbook) =>
        plan?.Section("Merge Order") ?? playbook?.Section("Merge Order");

    /// <summary>The steps of <see cref="SectionOf"/>, one a numbered item.</summary>
    public static IReadOnlyList<TextValue> LinesOf(Plan? plan, Playbook? playbook) =>
        plan?.Section("Merge Order") is not null ? plan.MergeOrder : playbook?.MergeOrder ?? [];

    /// <summary>
    /// Reads <paramref name="lines"/> against the tracks. <paramref name="listPath"/> is the feature list the
    /// tracks come from; without one (a task with no feature list) nothing can be checked, so nothing is a problem.
    /// </summary>
    public static MergeOrderReading Read(IReadOnlyList<Track> tracks, TrackGraph graph, IReadOnlyList<TextValue> lines, string? listPath)
    {
        var names = new TrackNames(tracks, graph, listPath ?? "the feature list");
        var steps = lines.Select(l => MergeOrderReader.Read(l, names)).ToList();
        var problems = listPath is null
            ? []
            : steps.SelectMany(s => s.Problems)
                .Select(p => new Diagnostic(RuleIds.MergeOrderStepUnreadable, Severity.Error, p.Location, p.Message))
                .ToList();
        if (problems.Count > 0)
        {
            return new MergeOrderReading([], null, problems);
        }
        var sequence = Sequence(tracks, graph, steps);
        return new MergeOrderReading(sequence, new MergeSchedule(sequence, graph), []);
    }

    private static List<MergeStep> Sequence(IReadOnlyList<Track> tracks, TrackGraph graph, IReadOnlyList<StepReading> steps)
    {
        var layers = graph.Layers();
        var key = Keys(tracks, steps);
        // A track never merges before its dependencies: raised to their keys, in dependency order.
        foreach (var track in layers.SelectMany(l => l))
        {
            foreach (var dependency in graph.DependenciesOf(track))
            {
                if (Compare(key[dependency.Id], key[track.Id]) > 0)
                {
                    key[track.Id] = key[dependency.Id];
                }
            }
        }
        // Within a step, a track merges after the tracks ranked before it and one level after its dependencies there.
        var level = new Dictionary<string, int>(TrackIds.Comparer);
        foreach (var track in layers.SelectMany(l => l))
        {
            level[track.Id] = graph.DependenciesOf(track)
                .Where(d => key[d.Id].Line == key[track.Id].Line && level.ContainsKey(d.Id))
                .Select(d => level[d.Id] + 1)
                .Append(key[track.Id].Rank)
                .Max();
        }
        var sequence = new List<MergeStep>();
        for (var line = -1; line < Math.Max(steps.Count, 1); line++)
        {
            var here = tracks.Where(t => key[t.Id].Line == line).ToList();
            var step = line >= 0 && line < steps.Count ? steps[line] : null;
            var phase = step?.Phase ?? "tracks";
            var text = step?.Line.Text ?? "";
            if (here.Count == 0)
            {
                if (step is not null)
                {
                    sequence.Add(new MergeStep(sequence.Count + 1, phase, text, []));
                }
                continue;
            }
            foreach (var group in here.GroupBy(t => level[t.Id]).OrderBy(g => g.Key))
            {
                sequence.Add(new MergeStep(sequence.Count + 1, phase, text, group.ToList()));
            }
        }
        return sequence;
    }

    /// <summary>
    /// Where each track merges as the steps say, before dependencies: (step, rank in it). The first step that
    /// names a track wins (a `reviewer / verifier` track named by the reviewer's step and the verifier's merges
    /// with the reviewer's); a role names the tracks of that role that no step names by id or owner; a track
    /// named nowhere goes to the first step of its owner's role, else before every step (-1).
    /// </summary>
    private static Dictionary<string, (int Line, int Rank)> Keys(IReadOnlyList<Track> tracks, IReadOnlyList<StepReading> steps)
    {
        var key = new Dictionary<string, (int Line, int Rank)>(TrackIds.Comparer);
        var named = new HashSet<string>(steps.Where(s => !s.Planner).SelectMany(s => s.Tracks).Select(n => n.Track.Id), TrackIds.Comparer);
        var byRole = new Dictionary<string, List<Track>>(StringComparer.Ordinal);
        for (var line = 0; line < steps.Count; line++)
        {
            var step = steps[line];
            if (step.Planner)
            {
                continue;
            }
            foreach (var (track, rank) in step.Tracks)
            {
                key.TryAdd(track.Id, (line, rank));
            }
            foreach (var (role, rank) in step.Roles)
            {
                if (!byRole.TryGetValue(role, out var ofRole))
                {
                    byRole[role] = ofRole = tracks.Where(t => !OwnerRoles.IsUnset(t.Owner) && TrackNames.RolesOf(t).Contains(role) && !named.Contains(t.Id)).ToList();
                }
                foreach (var track in ofRole)
                {
                    key.TryAdd(track.Id, (line, rank));
                }
            }
        }
        foreach (var track in tracks.Where(t => !key.ContainsKey(t.Id)))
        {
            key[track.Id] = (RoleLine(track, steps), 0);
        }
        return key;
    }

    /// <summary>The first step that mentions a track's role (reviewer, verifier, else coder); -1 before every step.</summary>
    private static int RoleLine(Track track, IReadOnlyList<StepReading> steps)
    {
        var roles = OwnerRoles.Of(track.Owner?.Text ?? "");
        var wanted = roles.Count > 0 && roles.All(r => r is "reviewer" or "verifier") ? roles[0] : "coder";
        for (var i = 0; i < steps.Count; i++)
        {
            if (!steps[i].Planner && (steps[i].RolesMentioned.Contains(wanted) || steps[i].Phase.StartsWith(wanted, StringComparison.Ordinal)))
            {
                return i;
            }
        }
        return steps.Count > 0 ? -1 : 0;
    }

    private static int Compare((int Line, int Rank) a, (int Line, int Rank) b) =>
        a.Line != b.Line ? a.Line.CompareTo(b.Line) : a.Rank.CompareTo(b.Rank);
}
