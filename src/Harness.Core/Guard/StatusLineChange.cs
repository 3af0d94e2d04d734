using Harness.Core.Model.Artifacts;
using Harness.Core.Model.Documents;
using Harness.Core.Model.Git;
using Harness.Core.Model.Workspaces;

namespace Harness.Core.Guard;

/// <summary>
/// The one edit of the feature list a track may make although no track owns the list: its own `Status:` value
/// (`harness handoff --status done` writes it). The list before and after the change must differ in that value
/// alone, on the line it was read from; any other byte changed, and the change is judged as any other.
/// </summary>
public static class StatusLineChange
{
    /// <summary>True when <paramref name="change"/> is the feature list and changes only Track <paramref name="trackId"/>'s Status value.</summary>
    public static bool IsOwnStatusOnly(Workspace workspace, IGitRepository git, GuardScope scope, string mergeBase, ChangedPath change,
        string listPath, string trackId)
    {
        if (change.Kind is not (ChangeKind.Modified or ChangeKind.Given) || change.Path != listPath)
        {
            return false;
        }
        var before = git.FileAt(mergeBase, listPath);
        var after = AfterText(workspace, git, scope, listPath);
        return before is { Ok: true, Value: { } old } && after is { } now && OnlyStatusDiffers(workspace, listPath, trackId, old, now);
    }

    /// <summary>True when the two texts of the list differ only in the value of the track's Status, on the same line.</summary>
    public static bool OnlyStatusDiffers(Workspace workspace, string listPath, string trackId, string before, string after)
    {
        var oldStatus = StatusOf(workspace, listPath, trackId, before);
        var newStatus = StatusOf(workspace, listPath, trackId, after);
        if (oldStatus is null || newStatus is null || oldStatus.Location.Line != newStatus.Location.Line)
        {
            return false;
        }
        var oldLines = Lines(before);
        var newLines = Lines(after);
        var line = newStatus.Location.Line - 1;
        if (oldLines.Length != newLines.Length || line >= newLines.Length)
        {
            return false;
        }
        for (var i = 0; i < oldLines.Length; i++)
        {
            if (i != line && oldLines[i] != newLines[i])
            {
                return false;
            }
        }
        return Without(oldLines[line], oldStatus.Text) is { } oldRest && oldRest == Without(newLines[line], newStatus.Text);
    }

    private static TextValue? StatusOf(Workspace workspace, string listPath, string trackId, string text)
    {
        var source = new SourceText(listPath, text.TrimStart('\uFEFF'));
        return MarkdownDocument.TryParse(source, workspace.Config.Headings, out var document, out _)
            ? new FeatureList(document!, workspace.Config.IdPattern).FindTrack(trackId)?.Status
            : null;
    }

    // Line breaks kept in each line, so a changed line ending is a changed line too.
    private static string[] Lines(string text) => text.TrimStart('\uFEFF').Split('\n');

    /// <summary>The line with its value taken out (the last occurrence, as the in-place editor finds it), or null when it does not hold it.</summary>
    private static string? Without(string line, string value) =>
        value.Length > 0 && line.LastIndexOf(value, StringComparison.Ordinal) is var at and >= 0 ? line.Remove(at, value.Length) : null;

    private static string? AfterText(Workspace workspace, IGitRepository git, GuardScope scope, string listPath)
    {
        if (scope.Files.Count == 0 && (scope.Staged || scope.BaseRef is not null))
        {
            var answer = git.FileAt(scope.Staged ? null : "HEAD", listPath);
            return answer.Ok ? answer.Value : null;
        }
        var full = workspace.FullPath(listPath);
        return File.Exists(full) ? File.ReadAllText(full) : null;
    }
}
