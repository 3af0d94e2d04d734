using Harness.Core.Model.Artifacts;
using Harness.Core.Model.Workspaces;
using Harness.Core.Model.Writing;

namespace Harness.Core.New;

/// <summary>
/// Gives a feature list that belongs to no feature to a new feature: front matter `feature:` is set and the
/// tracks are added at the end of its Tracks section. Everything else in the file stays as written.
/// </summary>
internal static class FeatureListClaim
{
    public static void Apply(Workspace workspace, FeatureList list, string featureId, string tracksMarkdown)
    {
        // Opened on the text that was parsed, not on whatever is on disk now: a list another writer changed since
        // it was read is refused, never overwritten.
        var edit = InPlaceEdit.Open(workspace.FullPath(list.Path), list.Path, list.Document.Source.Text);
        var tracks = tracksMarkdown.ReplaceLineEndings(edit.NewLine);
        if (list.Section("Tracks") is { } section)
        {
            edit.AppendToSection(section, tracks);
        }
        else
        {
            edit.AppendBlock("## Tracks" + edit.NewLine + tracks);
        }
        edit.SetOrAddFrontMatter([("feature", featureId)]);
        edit.Write();
    }
}
