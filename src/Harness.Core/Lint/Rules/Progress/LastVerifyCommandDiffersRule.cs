using Harness.Core.Model.Artifacts;
using Harness.Core.Model.Documents;
using Harness.Core.Model.Findings;
using Harness.Core.Model.Text;

namespace Harness.Core.Lint.Rules.Progress;

/// <summary>
/// A Progress Note's Last Verify records a command that is almost, but not quite, the one the task states
/// (the brief's Verification or a track's Verify Signal): the same program and arguments with an environment
/// assignment or a flag missing or added. Such a pass proves less than it seems (`python -m unittest` without
/// the `PYTHONPATH=src` the brief needs may test an installed copy), and restart cannot match it to the track.
/// A line that resembles no stated command (another tool, other arguments) is left alone: it is another check.
/// </summary>
public sealed class LastVerifyCommandDiffersRule : IRule
{
    public string Id => RuleIds.LastVerifyCommandDiffers;

    public string Name => "last-verify-command-differs";

    public Severity DefaultSeverity => Severity.Warning;

    public string Summary => "A Progress Note's Last Verify command differs from the command the brief or a track states, by an environment assignment or a flag.";

    public IEnumerable<RuleFinding> Check(LintContext context)
    {
        foreach (var task in context.Tasks.Where(t => t.Note is { LastVerify.Count: > 0 }))
        {
            var stated = Stated(task);
            if (stated.Count == 0)
            {
                continue;
            }
            foreach (var line in task.Note!.LastVerify.Where(l => l.Command is not null))
            {
                if (Check(line, stated) is { } finding)
                {
                    yield return finding;
                }
            }
        }
    }

    private static RuleFinding? Check(VerifyLine line, IReadOnlyList<StatedVerify> stated)
    {
        var recorded = CommandShape.Parse(line.Command!);
        if (stated.Any(s => s.Shape.SameAs(recorded)))
        {
            return null;
        }
        var closest = stated
            .Where(s => s.Shape.Resembles(recorded))
            .OrderBy(s => s.Shape.Distance(recorded))
            .FirstOrDefault();
        if (closest is null)
        {
            return null;
        }
        var at = line.Line.Location;
        var column = at.Column + Math.Max(0, line.Line.Text.IndexOf('`', StringComparison.Ordinal)) + 1;
        var where = closest.Location;
        return new RuleFinding(at with { Column = column },
            $"the Last Verify line at {at.File}:{at.Line} records `{line.Command}`, but {closest.Source} at {where.File}:{where.Line} states " +
            $"`{closest.Command}` ({closest.Shape.Difference(recorded)}); run the stated command and record it, or correct whichever of the two lines is wrong");
    }

    /// <summary>The commands the task states: every backticked command of the brief's Verification, each track's verify.</summary>
    private static List<StatedVerify> Stated(LintedTask task)
    {
        var stated = new List<StatedVerify>();
        if (task.Brief?.Section("Verification") is { } verification)
        {
            foreach (var item in Flatten(verification.Items))
            {
                foreach (var (code, offset) in InlineCode.Spans(item.Text))
                {
                    if (code.Length > 0)
                    {
                        stated.Add(new StatedVerify(code, item.Location with { Column = item.Location.Column + offset + 1 }, "the brief's Verification"));
                    }
                }
            }
        }
        foreach (var track in task.FeatureList?.List.Tracks ?? [])
        {
            if (track.VerifyCommand is { } command)
            {
                stated.Add(new StatedVerify(command.Text, command.Location, $"the Verify Signal of Track {track.Id}"));
            }
        }
        return stated;
    }

    private static IEnumerable<ListItem> Flatten(IEnumerable<ListItem> items) =>
        items.SelectMany(i => Flatten(i.Children).Prepend(i));

    private sealed record StatedVerify(string Command, SourceLocation Location, string Source)
    {
        public CommandShape Shape { get; } = CommandShape.Parse(Command);
    }
}

/// <summary>
/// A shell command split the way the rule compares commands: leading environment assignments, the program,
/// its flags (words starting with '-') as a set, and its other arguments in order. Quotes in a word and runs of
/// blanks do not count.
/// </summary>
internal sealed class CommandShape
{
    private CommandShape(IReadOnlyList<string> environment, string program, IReadOnlyList<string> flags, IReadOnlyList<string> arguments)
    {
        Environment = environment;
        Program = program;
        Flags = flags;
        Arguments = arguments;
    }

    public IReadOnlyList<string> Environment { get; }

    public string Program { get; }

    public IReadOnlyList<string> Flags { get; }

    public IReadOnlyList<string> Arguments { get; }

    public static CommandShape Parse(string command)
    {
        var words = command.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(Unquote).ToList();
        var at = 0;
        if (at < words.Count && words[at] == "env")
        {
            at++;
        }
        var environment = new List<string>();
        while (at < words.Count && IsAssignment(words[at]))
        {
            environment.Add(words[at++]);
        }
        var program = at < words.Count ? words[at++] : "";
        var rest = words.Skip(at).ToList();
        return new CommandShape(environment, program,
            rest.Where(w => w.Length > 1 && w[0] == '-').ToList(),
            rest.Where(w => w.Length <= 1 || w[0] != '-').ToList());
    }

    /// <summary>The same command, written differently at most in blanks, quotes or the order of flags and assignments.</summary>
    public bool SameAs(CommandShape other) =>
        Resembles(other) && Distance(other) == 0;

    /// <summary>The same program and arguments; only environment assignments or flags may differ.</summary>
    public bool Resembles(CommandShape other) =>
        Program.Length > 0 && Program == other.Program && Arguments.SequenceEqual(other.Arguments, StringComparer.Ordinal);

    /// <summary>How many assignments and flags one has that the other lacks.</summary>
    public int Distance(CommandShape other) => Missing(other).Count + Extra(other).Count;

    /// <summary>"the note's lacks PYTHONPATH=src; it adds -v", seen from the recorded command <paramref name="recorded"/>.</summary>
    public string Difference(CommandShape recorded)
    {
        var parts = new List<string>();
        if (Missing(recorded) is { Count: > 0 } missing)
        {
            parts.Add($"the recorded one lacks {string.Join(" ", missing)}");
        }
        if (Extra(recorded) is { Count: > 0 } extra)
        {
            parts.Add($"the recorded one adds {string.Join(" ", extra)}");
        }
        return string.Join("; ", parts);
    }

    /// <summary>Assignments and flags of this command that <paramref name="other"/> lacks.</summary>
    private List<string> Missing(CommandShape other) =>
        Environment.Except(other.Environment, StringComparer.Ordinal).Concat(Flags.Except(other.Flags, StringComparer.Ordinal)).ToList();

    private List<string> Extra(CommandShape other) => other.Missing(this);

    private static bool IsAssignment(string word)
    {
        var equals = word.IndexOf('=', StringComparison.Ordinal);
        return equals > 0 && (char.IsAsciiLetter(word[0]) || word[0] == '_') && word[..equals].All(c => char.IsAsciiLetterOrDigit(c) || c == '_');
    }

    /// <summary>Quotes change no word's meaning to the shell here: `PYTHONPATH='src'` is `PYTHONPATH=src`.</summary>
    private static string Unquote(string word) =>
        word.Contains('"', StringComparison.Ordinal) || word.Contains('\'', StringComparison.Ordinal)
            ? word.Replace("\"", "", StringComparison.Ordinal).Replace("'", "", StringComparison.Ordinal)
            : word;
}
