using System.Text.RegularExpressions;
using Harness.Core.Model.Artifacts;
using Harness.Core.Model.Documents;
using Harness.Core.Model.Text;

namespace Harness.Core.Model.Evidence;

/// <summary>
/// A verify command the repo itself states, so that a fix can offer it instead of a guess: the plan's
/// Workstreams row of the track, else the task brief's Verification, else a command the repo's AGENTS.md or
/// CLAUDE.md gives for its tests (in a section whose heading names tests or verification, or on a line that
/// does). Commands of harness itself are never offered: they prove nothing of the code.
/// </summary>
public sealed partial record StatedCommand(string Command, SourceLocation Location)
{
    /// <summary>The agent instruction files read for a test command, in this order.</summary>
    public static readonly IReadOnlyList<string> InstructionFiles = ["AGENTS.md", "CLAUDE.md"];

    /// <summary>Where it is stated, as path:line.</summary>
    public string Where => $"{Location.File}:{Location.Line}";

    public static StatedCommand? Find(string repoRoot, Plan? plan, TaskBrief? brief, string? trackId) =>
        new StatedCommands(repoRoot, plan, brief).For(trackId);

    /// <summary>The plan's Workstreams Verify cell of a track, when it names a command in backticks.</summary>
    internal static StatedCommand? FromPlan(Plan? plan, string? trackId) =>
        trackId is not null && plan?.Workstreams.FirstOrDefault(w => TrackIds.Comparer.Equals(w.Id, trackId))?.Verify is { } cell
            ? FirstSpan(cell)
            : null;

    /// <summary>The first test command AGENTS.md, else CLAUDE.md, states; an unreadable file states none.</summary>
    internal static StatedCommand? FromInstructionFiles(string repoRoot)
    {
        foreach (var file in InstructionFiles)
        {
            if (SourceFileReader.TryRead(repoRoot, file, out var source, out _) && FromInstructions(source!) is { } stated)
            {
                return stated;
            }
        }
        return null;
    }

    private static StatedCommand? FirstSpan(TextValue value)
    {
        foreach (var (code, offset) in InlineCode.Spans(value.Text))
        {
            if (IsCommand(code))
            {
                return new StatedCommand(code, value.Location with { Column = value.Location.Column + offset + 1 });
            }
        }
        return null;
    }

    /// <summary>The first test command of an instruction file: a fenced line or a backticked span about tests.</summary>
    private static StatedCommand? FromInstructions(SourceText source)
    {
        var lines = source.Text.Split('\n');
        var testSection = false;
        string? fence = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            var trimmed = line.TrimStart();
            if (fence is not null)
            {
                if (trimmed.StartsWith(fence, StringComparison.Ordinal))
                {
                    fence = null;
                }
                else if (testSection && FencedCommand(trimmed) is { } command)
                {
                    return new StatedCommand(command, new SourceLocation(source.Path, i + 1, line.Length - trimmed.Length + 1));
                }
                continue;
            }
            if (trimmed.StartsWith("```", StringComparison.Ordinal) || trimmed.StartsWith("~~~", StringComparison.Ordinal))
            {
                fence = trimmed[..3];
                continue;
            }
            if (trimmed.StartsWith('#'))
            {
                testSection = AboutTests().IsMatch(trimmed);
                continue;
            }
            if (testSection || AboutTests().IsMatch(line))
            {
                foreach (var (code, offset) in InlineCode.Spans(line))
                {
                    if (IsCommand(code))
                    {
                        return new StatedCommand(code, new SourceLocation(source.Path, i + 1, offset + 2));
                    }
                }
            }
        }
        return null;
    }

    private static string? FencedCommand(string line)
    {
        var command = line.StartsWith("$ ", StringComparison.Ordinal) ? line[2..].Trim() : line.Trim();
        return command.Length > 0 && !command.StartsWith('#') && IsCommand(command) ? command : null;
    }

    /// <summary>A command, not a folder or harness's own: `tests/` and `harness verify ...` are no test command.</summary>
    private static bool IsCommand(string code) =>
        code.Length > 0 && !code.EndsWith('/') && !code.StartsWith("harness ", StringComparison.Ordinal) && code != "harness";

    [GeneratedRegex(@"\b(test|tests|testing|verify|verification)\b|テスト|検証", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AboutTests();
}

/// <summary>
/// The commands one task's artifacts and the repo's instruction files state, read once however many tracks ask.
/// </summary>
public sealed class StatedCommands
{
    private readonly Plan? _plan;
    private readonly TaskBrief? _brief;
    private readonly Lazy<StatedCommand?> _instructions;

    public StatedCommands(string repoRoot, Plan? plan, TaskBrief? brief)
    {
        _plan = plan;
        _brief = brief;
        _instructions = new Lazy<StatedCommand?>(() => StatedCommand.FromInstructionFiles(repoRoot));
    }

    /// <summary>The command stated for a track (null: for the task): its plan row, the brief, else the instruction files.</summary>
    public StatedCommand? For(string? trackId) =>
        StatedCommand.FromPlan(_plan, trackId)
        ?? (_brief?.VerificationCommand is { } verification ? new StatedCommand(verification.Text, verification.Location) : null)
        ?? _instructions.Value;
}
