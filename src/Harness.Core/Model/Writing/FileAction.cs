namespace Harness.Core.Model.Writing;

/// <summary>What a scaffolding command did to one file, for the user to read.</summary>
public sealed record FileAction(FileActionKind Kind, string Path, string? Backup = null)
{
    public override string ToString() => Kind switch
    {
        FileActionKind.Created => $"created {Path}",
        FileActionKind.Kept => $"kept {Path}",
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
