using Harness.Core.Model.Artifacts;

namespace Harness.Core.Model.State;

/// <summary>When a Progress Note was last written, as `restart`, `restart --current` and `status` all date it.</summary>
public static class NoteTime
{
    /// <summary>Its 'updated' date, else its last commit (unless it has changed since), else its mtime.</summary>
    public static ArtifactTime Of(string fullPath, ProgressNote note, GitFacts git)
    {
        if (ArtifactTime.ParseDate(note.Updated?.Text) is { } updated)
        {
            return new ArtifactTime(updated, "'updated' in its front matter");
        }
        if (git.LastCommitOf(note.Path) is { } commit && !git.Uncommitted.Contains(note.Path, StringComparer.Ordinal))
        {
            return new ArtifactTime(commit.Time, $"commit {commit.ShortHash}");
        }
        return ArtifactTime.Modified(fullPath);
    }
}
