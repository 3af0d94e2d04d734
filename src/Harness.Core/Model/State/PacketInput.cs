using Harness.Core.Model.Documents;

namespace Harness.Core.Model.State;

/// <summary>
/// One input of the restart packet, quoted from its primary artifact: a section, a track, or a whole file.
/// A missing input keeps its name, where it belongs and what fixes it, so the prompt can mark it MISSING.
/// </summary>
public sealed record PacketInput(string Name, string Path, int Line, string Content, string? Fix)
{
    public bool Missing => Fix is not null;

    public static PacketInput Quote(string name, Section section) =>
        new(name, section.Location.File, section.BodyLine, section.FullBody, null);

    public static PacketInput Absent(string name, string path, string fix) => new(name, path, 0, "", fix);
}
