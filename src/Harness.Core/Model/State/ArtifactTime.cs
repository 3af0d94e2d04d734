using System.Globalization;

namespace Harness.Core.Model.State;

/// <summary>When an artifact was last written: a date its front matter gives, a commit time, or the file's mtime.</summary>
public sealed record ArtifactTime(DateTimeOffset Time, string Source)
{
    private static readonly string[] FileNameFormats = ["yyyyMMdd'T'HHmmss'Z'", "yyyy-MM-dd'T'HH-mm-ss'Z'", "yyyyMMdd'T'HHmmssfff'Z'"];

    /// <summary>A front matter date ("2026-11-27", "2026-11-27T10:00:00Z"), read as UTC when it names no zone.</summary>
    public static DateTimeOffset? ParseDate(string? text) =>
        text is not null && DateTimeOffset.TryParse(text.Trim().Trim('"', '\''), CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal, out var time) ? time : null;

    /// <summary>The UTC timestamp a handoff's or evidence file's name starts with, or null.</summary>
    public static DateTimeOffset? FromFileName(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        var end = name.IndexOf('Z', StringComparison.Ordinal);
        if (end < 0)
        {
            return null;
        }
        return DateTimeOffset.TryParseExact(name[..(end + 1)], FileNameFormats, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal, out var time) ? time : null;
    }

    public static ArtifactTime Modified(string fullPath) =>
        new(new DateTimeOffset(File.GetLastWriteTimeUtc(fullPath), TimeSpan.Zero), "file modification time");
}
