using Harness.Core.Model.Documents;

namespace Harness.Core.Model.Artifacts;

/// <summary>A section an artifact kind requires or recommends, with the other headings people use for it.</summary>
public sealed record SectionSpec(string Name, params string[] Aliases)
{
    public Section? Find(MarkdownDocument document)
    {
        var found = document.FindSection(Name);
        if (found is not null)
        {
            return found;
        }
        foreach (var alias in Aliases)
        {
            found = document.FindSection(alias);
            if (found is not null)
            {
                return found;
            }
        }
        return null;
    }
}
