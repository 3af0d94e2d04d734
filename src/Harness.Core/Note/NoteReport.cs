namespace Harness.Core.Note;

/// <summary>What `harness note` did: the note's path, the sections it really changed, and whether it created the note or set its front matter.</summary>
/// <param name="LockTakenOverFrom">The owner of a stale lock that was taken over ("process 1234, which is gone"), or null.</param>
public sealed record NoteReport(string Path, IReadOnlyList<string> Changed, bool Created, bool FrontMatter, string? LockTakenOverFrom = null)
{
    /// <summary>False when the note already said everything: then the file is left as it was, not rewritten.</summary>
    public bool Written => Created || FrontMatter || Changed.Count > 0;
}
