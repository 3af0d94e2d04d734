using Harness.Core.Model.Documents;
using Harness.Core.Model.Text;

namespace Harness.Core.Model.Artifacts;

/// <summary>The multi-agent playbook: roles, merge order phases, exit states (contract, section 3).</summary>
public sealed class Playbook : Artifact
{
    public Playbook(MarkdownDocument document) : base(document)
    {
        Roles = ReadRoles(Section("Roles"));
        MergeOrder = ItemsOf("Merge Order");
        ExitStates = ItemsOf("Exit States");
    }

    public override ArtifactKind Kind => ArtifactKind.Playbook;

    /// <summary>The role names (planner, coder, ...), from the Roles subsections or its bullet labels.</summary>
    public IReadOnlyList<TextValue> Roles { get; }

    public IReadOnlyList<TextValue> MergeOrder { get; }

    public IReadOnlyList<TextValue> ExitStates { get; }

    private static List<TextValue> ReadRoles(Section? section)
    {
        if (section is null)
        {
            return [];
        }
        if (section.Children.Count > 0)
        {
            return section.Children.Select(c => new TextValue(RoleName(c.Title), c.Location)).ToList();
        }
        if (section.Tables.FirstOrDefault() is { } table)
        {
            var column = Math.Max(0, table.ColumnOf("Role", "Roles"));
            return table.Rows.Where(r => r.Count > column).Select(r => new TextValue(RoleName(r[column].Text), r[column].Location)).ToList();
        }
        return section.Items.Select(i => new TextValue(RoleName(i.Text), i.Location)).ToList();
    }

    /// <summary>"Planner: fixes the plan" and "`coder`" both name a role by their first word.</summary>
    private static string RoleName(string text)
    {
        var unwrapped = InlineCode.Unwrap(text);
        var end = unwrapped.IndexOfAny([':', '：', ' ', '(', '（']);
        return (end > 0 ? unwrapped[..end] : unwrapped).Trim('`', '*').ToLowerInvariant();
    }
}
