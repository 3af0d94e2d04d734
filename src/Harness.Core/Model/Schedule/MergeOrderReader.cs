using System.Text;
using System.Text.RegularExpressions;
using Harness.Core.Model.Artifacts;
using Harness.Core.Model.Documents;
using Harness.Core.Model.Text;

namespace Harness.Core.Model.Schedule;

/// <summary>
/// Reads one Merge Order step as people write it (docs/format.md, "Merge Order"): the planner's step merges no
/// track; other steps name tracks by "Track X" (also "Track A / B / C", "Tracks A, B and C"), by their owner
/// as the feature list writes it, or by a role (coders, reviewer, verifier). "then", "→", "->", "before",
/// "after", "の後", "のあと" order what a step names; everything else in a step ("and", "と", "/", "|",
/// "in parallel", "並行") is side by side. A name that looks like a track or an owner but matches none is a
/// problem, never a guess.
/// </summary>
internal static partial class MergeOrderReader
{
    private const string Standard = "coder|reviewer|verifier";

    private enum Direction
    {
        /// <summary>What stands before the word merges first ("then", "→", "の後").</summary>
        Forward,

        /// <summary>What stands after the word merges first ("after", "の前").</summary>
        Backward,

        /// <summary>Orders nothing: the "After" that opens "After Track A merges, Track B" (its comma orders).</summary>
        None,
    }

    /// <summary>A name found in the step: a track (by id or owner) or a role word, and where it stands.</summary>
    private sealed record Reference(int Start, int End, Track? Track, string? Role);

    private sealed record Marker(int Start, int End, Direction Direction, bool Leading);

    public static StepReading Read(TextValue line, TrackNames names)
    {
        var text = line.Text;
        if (PlannerActor().IsMatch(text))
        {
            return new StepReading(line, planner: true, "planner");
        }
        var masked = MaskCode(text, names);
        var references = new List<Reference>();
        // Characters already read as a name: an owner's role word is not read again as a role.
        var taken = new bool[masked.Length];
        var problems = new List<StepProblem>();
        FindOwners(masked, names, references, taken);
        FindUnknownOwners(line, masked, names, taken, problems);
        FindRoles(masked, references, taken);
        FindTracks(line, masked, names, references, problems);
        references.Sort((a, b) => a.Start.CompareTo(b.Start));
        var ranks = Rank(line, masked, references, problems);
        var reading = new StepReading(line, planner: false, Phase(text, references));
        for (var i = 0; i < references.Count; i++)
        {
            var reference = references[i];
            if (reference.Track is { } track)
            {
                reading.Tracks.Add(new NamedTrack(track, ranks[i]));
                reading.RolesMentioned.UnionWith(TrackNames.RolesOf(track));
            }
            else
            {
                var role = reference.Role!.TrimEnd('s');
                reading.Roles.Add(new NamedRole(role, ranks[i]));
                reading.RolesMentioned.Add(role);
            }
        }
        reading.Problems.AddRange(problems);
        return reading;
    }

    /// <summary>
    /// The text with every code span that is no name blanked out (commands, paths: `sh tests/run_all.sh`), so
    /// "--track C" in a command names nothing; spans such as `coder-a` or `Track A` stay. Offsets are kept.
    /// </summary>
    private static string MaskCode(string text, TrackNames names)
    {
        if (!text.Contains('`', StringComparison.Ordinal))
        {
            return text;
        }
        var masked = new StringBuilder(text);
        foreach (Match span in CodeSpan().Matches(text))
        {
            var code = span.Groups["code"].Value.Trim();
            var isName = CodeName().IsMatch(code) || names.IsOwner(TrackNames.OwnerKey(code));
            if (!isName)
            {
                for (var i = span.Index; i < span.Index + span.Length; i++)
                {
                    masked[i] = ' ';
                }
            }
        }
        return masked.ToString();
    }

    /// <summary>Owners exactly as the feature list writes them (any case; "reviewer/verifier" for "reviewer / verifier").</summary>
    private static void FindOwners(string masked, TrackNames names, List<Reference> references, bool[] taken)
    {
        if (names.OwnerKeys.Count == 0)
        {
            return;
        }
        var (squeezed, map) = Squeeze(masked);
        foreach (var key in names.OwnerKeys)
        {
            var from = 0;
            while (from < squeezed.Length)
            {
                var at = squeezed.IndexOf(key, from, StringComparison.Ordinal);
                if (at < 0)
                {
                    break;
                }
                from = at + 1;
                var end = at + key.Length;
                if ((at > 0 && IsNameChar(squeezed[at - 1], dash: true)) || (end < squeezed.Length && ContinuesName(squeezed, end)))
                {
                    continue;
                }
                var (start, stop) = (map[at], map[end - 1] + 1);
                if (!Take(taken, start, stop))
                {
                    continue;
                }
                foreach (var track in names.OwnedBy(key))
                {
                    references.Add(new Reference(start, stop, track, null));
                }
            }
        }
    }

    /// <summary>"coder-z" (or `qa-z`, for a role some owner has) that is no owner of the list: a problem.</summary>
    private static void FindUnknownOwners(TextValue line, string masked, TrackNames names, bool[] taken, List<StepProblem> problems)
    {
        foreach (Match match in OwnerLike().Matches(masked))
        {
            var role = match.Groups["role"].Value.ToLowerInvariant();
            var standard = TrackNames.StepRoles.Contains(role);
            var backticked = match.Index > 0 && masked[match.Index - 1] == '`';
            if (!(standard || (backticked && names.KnownRoles.Contains(role))) || !Take(taken, match.Index, match.Index + match.Length))
            {
                continue;
            }
            problems.Add(new StepProblem(At(line, match.Index),
                $"the Merge Order step names '{match.Value}', which owns no track of {names.ListPath}; {names.Expected()}"));
        }
    }

    private static void FindRoles(string masked, List<Reference> references, bool[] taken)
    {
        foreach (Match match in RoleWord().Matches(masked))
        {
            if (Take(taken, match.Index, match.Index + match.Length))
            {
                references.Add(new Reference(match.Index, match.Index + match.Length, null, match.Value.ToLowerInvariant()));
            }
        }
    }

    /// <summary>
    /// "Track A", "Tracks A, B and C", "Track A / B / C", "トラック A": known ids name tracks, an unknown id such
    /// as "Track Z" is a problem.
    /// </summary>
    private static void FindTracks(TextValue line, string masked, TrackNames names, List<Reference> references, List<StepProblem> problems)
    {
        foreach (Match match in TrackMention().Matches(masked))
        {
            var id = match.Groups["id"];
            if (!Name(line, id.Value, id.Index, match.Index, names, references, problems))
            {
                continue;
            }
            var next = id.Index + id.Length;
            while (ListedId().Match(masked, next) is { Success: true } more
                && Name(line, more.Groups["id"].Value, more.Groups["id"].Index, more.Groups["id"].Index, names, references, problems))
            {
                next = more.Index + more.Length;
            }
        }
    }

    /// <summary>
    /// Reads one id after "Track" or in its list; false when it is no id at all (it ends the list). A problem
    /// points at <paramref name="at"/>: "Track Z" where it starts, an id of a list at the id.
    /// </summary>
    private static bool Name(TextValue line, string id, int index, int at, TrackNames names, List<Reference> references, List<StepProblem> problems)
    {
        if (names.Graph.Find(id) is { } track)
        {
            references.Add(new Reference(index, index + id.Length, track, null));
            return true;
        }
        if (!IdLike().IsMatch(id))
        {
            return false;
        }
        var named = at < index ? $"Track {id}" : $"'{id}' in a list of tracks";
        problems.Add(new StepProblem(At(line, at), $"the Merge Order step names {named}, which {names.ListPath} does not list; {names.Expected()}"));
        return true;
    }

    /// <summary>
    /// The rank of each reference in its step: the text is cut at each order word, each piece ranks after (or,
    /// for "after", before) the nearest piece before it that names something; names in one piece are side by side.
    /// </summary>
    private static int[] Rank(TextValue line, string masked, List<Reference> references, List<StepProblem> problems)
    {
        var ranks = new int[references.Count];
        var markers = Markers(masked);
        if (markers.Count == 0 || references.Count == 0)
        {
            return ranks;
        }
        // Piece p lies between marker p-1 and marker p; references and markers are both in text order.
        var pieceOf = new int[references.Count];
        var piece = 0;
        for (var i = 0; i < references.Count; i++)
        {
            while (piece < markers.Count && markers[piece].End <= references[i].Start)
            {
                piece++;
            }
            pieceOf[i] = piece;
        }
        var named = pieceOf.Distinct().ToList();
        // How each named piece relates to the next: the order words between them, which must agree.
        var toNext = new Direction[named.Count];
        for (var j = 0; j + 1 < named.Count; j++)
        {
            var words = markers.Skip(named[j]).Take(named[j + 1] - named[j]).Where(m => m.Direction != Direction.None).ToList();
            toNext[j] = words.Count == 0 ? Direction.None : words[0].Direction;
            if (words.Any(m => m.Direction != words[0].Direction))
            {
                var (forward, backward) = (words.First(m => m.Direction == Direction.Forward), words.First(m => m.Direction == Direction.Backward));
                problems.Add(new StepProblem(At(line, words[0].Start),
                    $"the Merge Order step orders two tracks both ways ('{Word(masked, forward)}' and '{Word(masked, backward)}'); " +
                    "write one order, such as \"Track A, then Track B\""));
                toNext[j] = Direction.None;
            }
        }
        // The pieces form a chain, so a piece's rank is the longest run of order words reaching it, from the
        // left through "then"s or from the right through "after"s.
        var fromLeft = new int[named.Count];
        var fromRight = new int[named.Count];
        for (var j = 1; j < named.Count; j++)
        {
            fromLeft[j] = toNext[j - 1] == Direction.Forward ? fromLeft[j - 1] + 1 : 0;
        }
        for (var j = named.Count - 2; j >= 0; j--)
        {
            fromRight[j] = toNext[j] == Direction.Backward ? fromRight[j + 1] + 1 : 0;
        }
        var rankOf = new Dictionary<int, int>();
        for (var j = 0; j < named.Count; j++)
        {
            rankOf[named[j]] = Math.Max(fromLeft[j], fromRight[j]);
        }
        for (var i = 0; i < references.Count; i++)
        {
            ranks[i] = rankOf[pieceOf[i]];
        }
        return ranks;
    }

    private static string Word(string masked, Marker marker) => masked[marker.Start..marker.End];

    /// <summary>
    /// The order words of a step. "After Track A merges, Track B" puts the clause up to the comma first (and
    /// "Before Track B, Track A" puts it last), when nothing is named before the word.
    /// </summary>
    private static List<Marker> Markers(string masked)
    {
        var markers = new List<Marker>();
        foreach (Match match in OrderWord().Matches(masked))
        {
            var word = match.Value.ToLowerInvariant();
            var direction = word is "after" || word.StartsWith("の前", StringComparison.Ordinal) ? Direction.Backward : Direction.Forward;
            markers.Add(new Marker(match.Index, match.Index + match.Length, direction, word is "after" or "before"));
        }
        if (markers.Count > 0 && markers[0].Leading && LeadingClause(masked, markers[0]) is { } comma
            && (markers.Count == 1 || comma < markers[1].Start))
        {
            // The clause after the word is the first piece; the rest follows it (after) or precedes it (before).
            var direction = markers[0].Direction == Direction.Backward ? Direction.Forward : Direction.Backward;
            markers.Insert(1, new Marker(comma, comma + 1, direction, false));
            markers[0] = markers[0] with { Direction = Direction.None };
        }
        return markers;
    }

    /// <summary>The comma that ends "After Track A merges," when the word opens the step (or follows its "coders:"), else null.</summary>
    private static int? LeadingClause(string masked, Marker marker)
    {
        var before = masked[..marker.Start].Trim();
        if (before.Length > 0 && !before.EndsWith(':') && !before.EndsWith('：'))
        {
            return null;
        }
        var comma = masked.IndexOfAny([',', '、', '，', ';'], marker.End);
        return comma < 0 ? null : comma;
    }

    /// <summary>
    /// The step's name in the sequence: its head before a colon ("coders: ..."), else the role words it uses
    /// ("reviewer が ..."), else the roles of the tracks it names ("coder"), else its first word ("integrate").
    /// </summary>
    private static string Phase(string text, List<Reference> references)
    {
        var colon = HeadEnd(text);
        if (colon > 0)
        {
            return Labels.Normalize(text[..colon]);
        }
        var roles = references.Where(r => r.Role is not null).Select(r => r.Role!).Distinct().ToList();
        if (roles.Count == 0)
        {
            roles = references.Where(r => r.Track is not null).SelectMany(r => TrackNames.RolesOf(r.Track!)).Distinct().ToList();
        }
        return roles.Count > 0 ? string.Join(" / ", roles) : Labels.Normalize(text.Split(' ', 2)[0]);
    }

    /// <summary>
    /// Where a step's head ends: its first colon (':' or '：') when at most three words stand before it
    /// ("coders:", "reviewer-x:"), else -1, so a colon deep in the prose ("（例: ...）") heads nothing.
    /// </summary>
    public static int HeadEnd(string text)
    {
        var colon = text.IndexOfAny([':', '：']);
        return colon > 0 && text[..colon].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 3 ? colon : -1;
    }

    /// <summary>The text with blanks around '/' removed and lower-cased, and where each of its characters came from.</summary>
    private static (string Text, int[] Map) Squeeze(string text)
    {
        var squeezed = new StringBuilder(text.Length);
        var map = new List<int>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (char.IsWhiteSpace(ch) && (NextNonBlank(text, i) == '/' || PreviousNonBlank(text, i) == '/'))
            {
                continue;
            }
            squeezed.Append(char.ToLowerInvariant(ch));
            map.Add(i);
        }
        return (squeezed.ToString(), map.ToArray());
    }

    private static char NextNonBlank(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }
        return i < text.Length ? text[i] : '\0';
    }

    private static char PreviousNonBlank(string text, int i)
    {
        while (i >= 0 && char.IsWhiteSpace(text[i]))
        {
            i--;
        }
        return i >= 0 ? text[i] : '\0';
    }

    /// <summary>An ASCII letter, digit or '_' (and '-' when <paramref name="dash"/>): Japanese text around a name is no part of it.</summary>
    private static bool IsNameChar(char ch, bool dash) => char.IsAsciiLetterOrDigit(ch) || ch == '_' || (dash && ch == '-');

    /// <summary>True when the name at <paramref name="end"/> goes on ("coder-ab" after "coder-a"); "->" ends it.</summary>
    private static bool ContinuesName(string text, int end) =>
        IsNameChar(text[end], dash: false) || (text[end] == '-' && end + 1 < text.Length && IsNameChar(text[end + 1], dash: false));

    /// <summary>Marks [start, end) as read; false (and nothing marked) when part of it already was.</summary>
    private static bool Take(bool[] taken, int start, int end)
    {
        if (Array.IndexOf(taken, true, start, end - start) >= 0)
        {
            return false;
        }
        Array.Fill(taken, true, start, end - start);
        return true;
    }

    private static SourceLocation At(TextValue line, int index) => line.Location with { Column = line.Location.Column + index };

    /// <summary>"planner が ...", "planner: ...", "1. planner fixes ...", "The planner fixes ...": the planner acts.</summary>
    [GeneratedRegex(@"^[\s*_`]*(?:the\s+)?[*_`]*planners?(?:-[A-Za-z0-9_]+)?(?![A-Za-z0-9_])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PlannerActor();

    [GeneratedRegex(@"(?<!`)(?<fence>`+)(?!`)(?<code>.+?)(?<!`)\k<fence>(?!`)", RegexOptions.CultureInvariant)]
    private static partial Regex CodeSpan();

    /// <summary>Code that is a name: `Track A`, `coder-a`, `reviewer`.</summary>
    [GeneratedRegex(@"^(?:tracks?\s+[A-Za-z0-9][A-Za-z0-9_-]*|[A-Za-z][A-Za-z0-9_]*-[A-Za-z0-9][A-Za-z0-9_-]*|(?:planner|coder|reviewer|verifier)s?)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CodeName();

    [GeneratedRegex(@"(?<![A-Za-z0-9_-])(?<role>[A-Za-z][A-Za-z0-9_]*)-[A-Za-z0-9](?:[A-Za-z0-9_-]*[A-Za-z0-9])?(?![A-Za-z0-9_]|-[A-Za-z0-9])",
        RegexOptions.CultureInvariant)]
    private static partial Regex OwnerLike();

    [GeneratedRegex(@"(?<![A-Za-z0-9_-])(?<role>" + Standard + @")s?(?![A-Za-z0-9_]|-[A-Za-z0-9])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RoleWord();

    [GeneratedRegex(@"(?:(?<![A-Za-z0-9_])tracks?[\s`]+|トラック[\s`]*)(?<id>[A-Za-z0-9](?:[A-Za-z0-9_-]*[A-Za-z0-9])?)(?![A-Za-z0-9_])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TrackMention();

    /// <summary>The next id of a list after "Track A": "/ B", ", B", "、B", "and B", "と B", "| B".</summary>
    [GeneratedRegex(@"\G`?\s*(?:(?:[/,、，&|+]|(?<![A-Za-z0-9_])and(?![A-Za-z0-9_])|と)\s*)+`?(?<id>[A-Za-z0-9](?:[A-Za-z0-9_-]*[A-Za-z0-9])?)(?![A-Za-z0-9_])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ListedId();

    /// <summary>An id as people write one: no lower-case letter ("Z", "A2", "API"); "Track merges" names nothing.</summary>
    [GeneratedRegex(@"^[A-Z0-9][A-Z0-9_-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex IdLike();

    [GeneratedRegex(@"(?<![A-Za-z0-9_])(?:then|before|after|followed\s+by)(?![A-Za-z0-9_])|→|->|=>|⇒|の後|のあと|の前|次に|てから",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OrderWord();
}
