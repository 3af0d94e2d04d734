using Harness.Core.Model.Artifacts;
using Harness.Core.Model.Documents;

namespace Harness.Core.Lint.Rules.Structure;

/// <summary>
/// The sections of a spec list an artifact lacks (its aliases count). Each is reported at the heading that was
/// probably meant (`## Next Steps`, or `## 次の一手` with the headings: line that maps it), else at the file's
/// first line.
/// </summary>
internal static class MissingSections
{
    public static IEnumerable<RuleFinding> Of(LintContext context, Func<ArtifactSchema, IReadOnlyList<SectionSpec>> specs, string why)
    {
        foreach (var artifact in context.Artifacts)
        {
            var wanted = specs(artifact.Schema).Where(s => artifact.Section(s) is null).ToList();
            if (wanted.Count == 0)
            {
                continue;
            }
            // Required and recommended sections are paired together, so the two rules never point at one heading twice.
            var missing = artifact.Schema.InWrittenOrder.Where(s => artifact.Section(s) is null).Select(s => s.Name).ToList();
            var hints = NameHints.Pair(missing, Unread(artifact));
            foreach (var spec in wanted)
            {
                var hint = hints.GetValueOrDefault(spec.Name);
                yield return new RuleFinding(hint?.Location ?? artifact.Start,
                    $"the {artifact.Kind.ToDisplayName()} has no '## {spec.Name}' section, which {why}; " +
                    NameHints.Advice(hint, spec.Name, NameForm.Heading, $"add '## {spec.Name}'"));
            }
        }
    }

    /// <summary>
    /// The headings of an artifact that name none of its kind's sections: candidates for what its author meant.
    /// The title (level 1) is none, nor are the tracks under a feature list's Tracks.
    /// </summary>
    private static List<WrittenName> Unread(Artifact artifact)
    {
        var labels = artifact.Document.LabelMap;
        var known = artifact.Schema.InWrittenOrder.SelectMany(s => s.Aliases.Prepend(s.Name)).Select(labels.Key).ToHashSet(StringComparer.Ordinal);
        var tracks = artifact is FeatureList list ? list.Section("Tracks") : null;
        var unread = new List<WrittenName>();
        var stack = new Stack<Section>(artifact.Document.Sections.AsEnumerable().Reverse());
        while (stack.Count > 0)
        {
            var section = stack.Pop();
            if (section.Level > 1 && !known.Contains(section.Key))
            {
                unread.Add(new WrittenName(section.Title, section.Location, section.Key));
            }
            if (ReferenceEquals(section, tracks))
            {
                continue;
            }
            for (var i = section.Children.Count - 1; i >= 0; i--)
            {
                stack.Push(section.Children[i]);
            }
        }
        return unread;
    }
}
