using Harness.Core.Board;

namespace Harness.Cli.Output.Board;

/// <summary>A track's box in the graph, its top-left corner in SVG units.</summary>
internal sealed record GraphNode(string TrackId, string Label, string Kind, int? Step, int X, int Y);

/// <summary>An arrow from a dependency's box to the box of the track that depends on it.</summary>
internal sealed record GraphArrow(int X1, int Y1, int X2, int Y2);

/// <summary>
/// The merge order and dependencies of one task laid out for an inline SVG: one column per dependency depth (a
/// track depends on nothing: column 0), tracks in a column ordered by merge step then as the feature list lists
/// them, arrows from each dependency to its dependent. Coordinates depend on the report alone, so one report always
/// draws the same picture and the page needs no script.
/// </summary>
internal sealed class BoardGraphLayout
{
    public const int NodeWidth = 168;
    public const int NodeHeight = 44;
    private const int ColumnGap = 64;
    private const int RowGap = 16;
    private const int Margin = 12;

    public BoardGraphLayout(BoardTask task)
    {
        var columns = task.Cards
            .Select((card, index) => (card, index))
            .GroupBy(c => c.card.Depth)
            .OrderBy(g => g.Key)
            .Select(g => g.OrderBy(c => c.card.MergeStep ?? int.MaxValue).ThenBy(c => c.index).Select(c => c.card).ToList())
            .ToList();
        var nodes = new List<GraphNode>();
        for (var column = 0; column < columns.Count; column++)
        {
            for (var row = 0; row < columns[column].Count; row++)
            {
                var card = columns[column][row];
                nodes.Add(new GraphNode(card.TrackId, card.Title, BoardText.KindClass(card.Kind), card.MergeStep,
                    Margin + column * (NodeWidth + ColumnGap), Margin + row * (NodeHeight + RowGap)));
            }
        }
        var at = nodes.GroupBy(n => n.TrackId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        Arrows = task.Edges
            .Where(e => at.ContainsKey(e.DependsOn) && at.ContainsKey(e.Track))
            .Select(e => Arrow(at[e.DependsOn], at[e.Track]))
            .ToList();
        Nodes = nodes;
        Width = columns.Count == 0 ? 0 : 2 * Margin + columns.Count * NodeWidth + (columns.Count - 1) * ColumnGap;
        Height = columns.Count == 0 ? 0 : 2 * Margin + columns.Max(c => c.Count) * (NodeHeight + RowGap) - RowGap;
    }

    public IReadOnlyList<GraphNode> Nodes { get; }

    public IReadOnlyList<GraphArrow> Arrows { get; }

    public int Width { get; }

    public int Height { get; }

    /// <summary>From the middle of the dependency's right side to the middle of the dependent's left side (stopping short for the arrow head).</summary>
    private static GraphArrow Arrow(GraphNode from, GraphNode to) =>
        new(from.X + NodeWidth, from.Y + NodeHeight / 2, to.X - 4, to.Y + NodeHeight / 2);
}
