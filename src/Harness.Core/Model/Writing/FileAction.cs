namespace Harness.Core.Model.Writing;

/// <summary>What a scaffolding command did to one file, for the user to read.</summary>
public sealed record FileAction(FileActionKind Kind, string Path, string? Backup = null, string? Why = null)
{
    public override string ToString() => Kind switch
    {
        FileActionKind.Created => $"created {Path}",
        FileActionKind.Kept => Why is null ? $"kept {Path}" : $"kept {Path} ({Why})",
        FileActionKind.Replaced => $"replaced {Path} (the old file is kept as {Backup ?? Path + ".bak"})",
        _ => $"updated {Path}",
    };
}

public enum FileActionKind
{
    Created,
    Kept,
    Replaced,
    Updated,
}
