using Harness.Core.Board;
using Harness.Core.Model.Artifacts;
using Harness.Core.Model.State;
using Harness.Core.Model.Worktrees;
using static Harness.Cli.Output.Board.BoardText;

namespace Harness.Cli.Output.Board;

/// <summary>
/// The board report as plain dictionaries and lists for the Scriban template, built explicitly (a reflected .NET
/// object renders empty under Native AOT) and HTML-escaped here, once: the template writes every value as it is.
/// </summary>
internal static class BoardPageModel
{
    public static IEnumerable<KeyValuePair<string, object?>> Of(BoardReport report) => new Dictionary<string, object?>
    {
        ["base"] = report.Base is null ? null : Html(report.Base),
        ["track_count"] = report.Tasks.Sum(t => t.Cards.Count),
        ["conflicts"] = report.Conflicts.Select(c => Map(
            ("rule", Html(c.RuleId)), ("severity", Html(c.Severity.ToString().ToLowerInvariant())), ("where", Html(c.Location.ToString())),
            ("message", Html(c.Message)))).ToList(),
        ["tasks"] = report.Tasks.Select((t, i) => Task(t, i)).ToList(),
        ["archived"] = report.Archived.Select(a => Map(("id", Html(a.Id)), ("folder", Html(a.Folder + "/")))).ToList(),
    };

    private static Dictionary<string, object?> Task(BoardTask task, int index)
    {
        // A single-agent task is one card: no graph to draw.
        var graph = new BoardGraphLayout(task.LongRunning ? task : task with { Cards = [] });
        return Map(
            ("id", Html(task.Id)),
            ("index", index),
            ("note_path", task.NotePath is null ? null : Html(task.NotePath)),
            ("note_status", task.NoteStatus is null ? null : Html(task.NoteStatus)),
            ("next_step", task.NextStep is null ? null : Html(task.NextStep)),
            ("columns", Columns.Where(c => c.Kind != TrackStatus.Unknown || task.Cards.Any(card => card.Kind == c.Kind))
                .Select(c => Map(("name", Html(c.Name)), ("class", KindClass(c.Kind)),
                    ("cards", task.Cards.Where(card => card.Kind == c.Kind).Select(Card).ToList()))).ToList()),
            ("steps", task.MergeOrder.Select(s => Map(("number", s.Number), ("phase", Html(s.Phase)), ("detail", Html(s.Detail)), ("tracks", s.Tracks.Count == 0 ? "" : Html((s.Tracks.Count == 1 ? "Track " : "Tracks ") + string.Join(", ", s.Tracks))))).ToList()),
            ("order_problems", task.MergeOrderProblems.Select(p => Html($"{p.Location}: {p.RuleId}: {p.Message}")).ToList()),
            ("graph", Map(
                ("width", graph.Width), ("height", graph.Height), ("node_width", BoardGraphLayout.NodeWidth), ("node_height", BoardGraphLayout.NodeHeight),
                ("nodes", graph.Nodes.Select(n => Map(
                    ("id", Html(n.TrackId)), ("label", Html(Shortened(n.Label))), ("title", Html(n.Label)), ("class", n.Kind),
                    ("step", n.Step is { } step ? $"step {step}" : "no step"), ("x", n.X), ("y", n.Y), ("text_x", n.X + 8),
                    ("id_y", n.Y + 18), ("label_y", n.Y + 35))).ToList()),
                ("arrows", graph.Arrows.Select(a => Map(("x1", a.X1), ("y1", a.Y1), ("x2", a.X2), ("y2", a.Y2))).ToList()))));
    }

    /// <summary>"1/2 done", "no task has this id" or "circle: A → B → A", as status says it.</summary>
    private static string SubTaskSummary(SubTaskStatus sub) =>
        !sub.Found ? "no task has this id"
        : sub.Cycle.Count > 0 ? "circle: " + string.Join(" → ", sub.Cycle)
        : $"{sub.Done}/{sub.Total} done";

    private static Dictionary<string, object?> Card(BoardCard card) => Map(
        ("id", Html(card.TrackId)),
        ("title", Html(card.Title)),
        ("status", card.Status is null ? null : Html(card.Status)),
        ("owner", card.Owner is null ? null : Html(card.Owner)),
        ("verify", Verify(card.Verify)),
        ("step", card.MergeStep),
        ("sub_task", card.SubTask is { } sub ? Map(
            ("id", Html(sub.Id)),
            ("summary", Html(SubTaskSummary(sub)))) : null),
        ("worktrees", card.Worktrees.Select(w => Map(
            ("place", w.Place == AgentPlace.Worktree ? "work tree" : "pushed branch"), ("where", Html(w.Where)),
            ("branch", w.Branch is null ? null : Html(w.Branch)))).ToList()),
        ("age", card.Age is { } age ? Map(("text", Age(age.Age)), ("kind", Html(age.Kind)), ("path", age.Path is null ? null : Html(age.Path)), ("time", Time(age.Time))) : null));

    /// <summary>A title cut to what a graph box holds; the whole title is the box's tooltip.</summary>
    private static string Shortened(string title) =>
        title.Length <= 14 ? title : title[..(char.IsHighSurrogate(title[12]) ? 12 : 13)] + "…";

    private static Dictionary<string, object?> Map(params (string Key, object? Value)[] entries) => entries.ToDictionary(e => e.Key, e => e.Value);
}
