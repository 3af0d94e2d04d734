namespace Harness.Core.Note;

/// <summary>
/// What `harness note` is asked to change; null or empty means "leave that section alone". ChangedReset asks
/// for Changed Files to be replaced by what git shows now instead of added to.
/// </summary>
public sealed record NoteRequest(
    string TaskId,
    string? Status,
    string? Goal,
    IReadOnlyList<string> Completed,
    IReadOnlyList<string> Decided,
    IReadOnlyList<string> Questions,
    string? Next,
    bool ChangedReset = false);
