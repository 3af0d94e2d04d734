using Harness.Core.Model.Text;

namespace Harness.Core.Model.State;

/// <summary>
/// A reason not to restart from the packet (contract, section 7): what is wrong, where, and the command or
/// edit that fixes it. Each is mechanical: a file, a section, a status or a git fact.
/// </summary>
public sealed record StopCondition(string Rule, SourceLocation Location, string Problem, string Fix);

/// <summary>The stable ids of the stop conditions; they never change meaning once released.</summary>
public static class StopRules
{
    public const string NoProgressNote = "RST001";
    public const string NoVerifyResult = "RST002";
    public const string MissingInput = "RST003";
    public const string OwnershipUnclear = "RST004";
    public const string TrackHeld = "RST005";
    public const string MergeConflict = "RST006";
    public const string VerifyNotCurrent = "RST007";
    public const string NoteHeld = "RST008";
    public const string OwnedFilesInUse = "RST009";
    public const string BaseDrift = "RST010";
    public const string BaseConflict = "RST011";
    public const string DependenciesUnfinished = "RST012";
}
