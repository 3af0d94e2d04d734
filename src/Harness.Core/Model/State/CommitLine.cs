namespace Harness.Core.Model.State;

/// <summary>One commit: its full hash, its commit time, its subject and the files it touched (repo-relative).</summary>
public sealed record CommitLine(string Hash, DateTimeOffset Time, string Subject, IReadOnlyList<string> Files)
{
    public string ShortHash => Hash.Length > 12 ? Hash[..12] : Hash;
}
