namespace Harness.Core.Model.State;

/// <summary>One line quoted from an artifact (a restart step, an open question), with where it was written.</summary>
public sealed record PacketLine(string Text, string Path, int Line)
{
    /// <summary>Where a line came from when no file holds it: the contract's defaults.</summary>
    public const string Defaults = "(contract default)";

    public static PacketLine Of(Model.Documents.TextValue value) => new(value.Text, value.Location.File, value.Location.Line);
}
