using Harness.Core.Model.Documents;
using Harness.Core.Model.Findings;
using Harness.Core.Model.Text;

namespace Harness.Core.Model.Artifacts;

/// <summary>
/// An artifact read from its Markdown document. Subclasses expose the harness vocabulary (tracks, owners,
/// owned files) as typed values that keep their file, line and column.
/// </summary>
public abstract class Artifact
{
    protected Artifact(MarkdownDocument document)
    {
        Document = document;
        Diagnostics.AddRange(document.Diagnostics);
        CheckFrontMatterKeys();
    }

    public MarkdownDocument Document { get; }

    public string Path => Document.Path;

    public abstract ArtifactKind Kind { get; }

    public ArtifactSchema Schema => ArtifactSchema.For(Kind);

    /// <summary>What the reader noticed in this file (malformed or unknown front matter).</summary>
    public List<Diagnostic> Diagnostics { get; } = [];

    public SourceLocation Start => SourceLocation.StartOf(Path);

    /// <summary>A front matter value, or null.</summary>
    public TextValue? FrontMatterValue(string key)
    {
        var value = Document.FrontMatter?.Get(key);
        return value?.Scalar is { } scalar ? new TextValue(scalar, value.Location) : null;
    }

    public Section? Section(SectionSpec spec) => spec.Find(Document);

    public Section? Section(string name) => Document.FindSection(name);

    /// <summary>The bullets of a section as values; "none" and empty sections give an empty list.</summary>
    public IReadOnlyList<TextValue> ItemsOf(string name)
    {
        var section = Section(name);
        if (section is null)
        {
            return [];
        }
        return section.Items.Where(i => !FieldReader.IsNone(i.Text)).Select(i => i.ToValue()).ToArray();
    }

    private void CheckFrontMatterKeys()
    {
        if (Document.FrontMatter is null)
        {
            return;
        }
        foreach (var entry in Document.FrontMatter.Entries)
        {
            if (!Schema.FrontMatterKeys.Contains(entry.Key.Name, StringComparer.OrdinalIgnoreCase))
            {
                Diagnostics.Add(new Diagnostic(RuleIds.UnknownKey, Severity.Warning, entry.Key.Location,
                    $"unknown front matter key '{entry.Key.Name}' in a {Kind.ToDisplayName()}; known keys: {string.Join(", ", Schema.FrontMatterKeys)}"));
            }
        }
    }
}
