using System.Text;
using Harness.Core.Model.Artifacts;
using Harness.Core.Model.Documents;
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
        var full = workspace.FullPath(list.Path);
        var text = list.Document.Source.Text;
        // Compared with the text that was parsed, not with whatever is on disk now: a list another writer changed
        // since it was read is refused, never overwritten.
        var original = RegularFile.ReadSettled(full, SourceFileReader.MaxBytes);
        var hasBom = original.AsSpan().StartsWith((byte[])[0xEF, 0xBB, 0xBF]);
        if (!original.AsSpan(hasBom ? 3 : 0).SequenceEqual(Encoding.UTF8.GetBytes(text)))
        {
            throw new HarnessInputException($"{list.Path}: changed on disk while harness was reading it; nothing written. Run the command again");
        }
        var newline = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var tracks = tracksMarkdown.ReplaceLineEndings(newline);

        var tracksSection = list.Section("Tracks");
        string updated;
        if (tracksSection is null)
        {
            updated = text.TrimEnd() + newline + newline + "## Tracks" + newline + tracks;
        }
        else
        {
            var at = tracksSection.End;
            var before = text[..at].TrimEnd() + newline;
            var after = text[at..];
            updated = before + tracks + (after.Length > 0 ? newline + after.TrimStart('\r', '\n') : "");
        }

        updated = list.Document.HasFrontMatter
            ? InsertAfterFirstLine(updated, $"feature: {featureId}", newline)
            : $"---{newline}feature: {featureId}{newline}---{newline}" + updated;

        if (!AtomicFile.TryReplace(full, original, (hasBom ? "\uFEFF" : "") + updated))
        {
            throw new HarnessInputException($"{list.Path}: changed on disk while harness was writing it; run the command again");
        }
    }

    private static string InsertAfterFirstLine(string text, string line, string newline)
    {
        var end = text.IndexOf('\n', StringComparison.Ordinal);
        return end < 0 ? text + newline + line : new StringBuilder(text).Insert(end + 1, line + newline).ToString();
    }
}
