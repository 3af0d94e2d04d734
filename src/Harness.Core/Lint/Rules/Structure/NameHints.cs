using Harness.Core.Model.Text;

namespace Harness.Core.Lint.Rules.Structure;

/// <summary>A heading, label or column someone wrote that harness does not read as any name it knows.</summary>
internal sealed record WrittenName(string Text, SourceLocation Location, string Key)
{
    public bool HasLatinLetter => Labels.HasLatinLetter(Key);
}

/// <summary>
/// What was probably written for a missing name: one near miss, one heading in another language, or several
/// headings in another language of which harness cannot tell which one is meant.
/// </summary>
internal sealed record NameHint(IReadOnlyList<WrittenName> Written, bool IsNearMiss)
{
    /// <summary>True when harness cannot tell which of several headings in another language is meant.</summary>
    public bool IsOneOf { get; init; }

    /// <summary>Where the finding belongs: at the one heading meant, or (several candidates) where the rule puts it.</summary>
    public SourceLocation? Location => IsOneOf ? null : Written[0].Location;
}

/// <summary>
/// How a kind of name is written: quoted ("'## Next Step'", "'- Owner'"), what the author renames (heading,
/// label, column), what harness reads there (heading, field, column) and what is missing (section, field).
/// </summary>
internal sealed record NameForm(Func<string, string> Quote, string Noun, string Reads, string Part)
{
    public static readonly NameForm Heading = new(t => $"'## {t}'", "heading", "heading", "section");
    public static readonly NameForm Label = new(t => $"'- {t}'", "label", "field", "field");
    public static readonly NameForm Column = new(t => $"the column '{t}'", "column", "column", "field");
}

/// <summary>
/// Pairs the sections or fields an artifact lacks with what its author wrote instead, so a finding can point at
/// that line: first each missing name takes the closest near miss (`Next Steps` for `Next Step`). Then the
/// headings with no Latin letter at all (`未解決の問い`), which only harness.yml's headings: can name: as many as
/// names are still missing, they are paired in the order the contract writes the names; otherwise each missing
/// name lists them all, since harness cannot tell which is which.
/// </summary>
internal static class NameHints
{
    private const int Listed = 5;

    public static Dictionary<string, NameHint> Pair(IReadOnlyList<string> missing, IReadOnlyList<WrittenName> written)
    {
        var hints = new Dictionary<string, NameHint>(StringComparer.Ordinal);
        if (missing.Count == 0 || written.Count == 0)
        {
            return hints;
        }
        var claimed = new HashSet<WrittenName>();
        foreach (var name in missing)
        {
            var open = written.Where(w => w.HasLatinLetter && !claimed.Contains(w)).ToList();
            var closest = NearMiss.Closest(open.Select(w => w.Key).ToList(), Labels.Key(name));
            if (closest >= 0)
            {
                claimed.Add(open[closest]);
                hints[name] = new NameHint([open[closest]], IsNearMiss: true);
            }
        }
        var foreign = written.Where(w => !w.HasLatinLetter).ToList();
        var left = missing.Where(n => !hints.ContainsKey(n)).ToList();
        if (foreign.Count == 0)
        {
            return hints;
        }
        for (var i = 0; i < left.Count; i++)
        {
            hints[left[i]] = foreign.Count == left.Count
                ? new NameHint([foreign[i]], IsNearMiss: false)
                : new NameHint(foreign, IsNearMiss: false) { IsOneOf = true };
        }
        return hints;
    }

    /// <summary>What to tell the author who lacks <paramref name="name"/>: the hint, or <paramref name="fix"/> without one.</summary>
    public static string Advice(NameHint? hint, string name, NameForm form, string fix)
    {
        if (hint is null)
        {
            return fix;
        }
        var first = hint.Written[0];
        var map = MapLine(first.Text, name);
        if (hint.IsNearMiss)
        {
            return $"{form.Quote(first.Text)} here is no {form.Reads} harness reads: did you mean {form.Quote(name)}? " +
                $"rename the {form.Noun}, or map it under headings: in harness.yml ('{map}')";
        }
        if (!hint.IsOneOf)
        {
            return $"{form.Quote(first.Text)} has no English words harness reads: if it is the {name} {form.Part}, " +
                $"map it under headings: in harness.yml, as 'headings:' then '  {map}'; otherwise {fix}";
        }
        if (hint.Written.Count == 1)
        {
            return $"{fix}; or, if {form.Quote(first.Text)} (line {first.Location.Line}) is the {name} {form.Part}, " +
                $"map it under headings: in harness.yml, as 'headings:' then '  {map}'";
        }
        var listed = string.Join(", ", hint.Written.Take(Listed).Select(w => $"{form.Quote(w.Text)} (line {w.Location.Line})"))
            + (hint.Written.Count > Listed ? $" and {hint.Written.Count - Listed} more" : "");
        return $"{fix}; or, if one of {listed} is the {name} {form.Part}, map it under headings: in harness.yml, " +
            $"as 'headings:' then '  {map}' for the first";
    }

    /// <summary>The harness.yml line that maps <paramref name="written"/> to <paramref name="name"/>, quoted where YAML needs it.</summary>
    public static string MapLine(string written, string name)
    {
        var key = Labels.Bare(written);
        var plain = key.Length > 0 && !key.Contains(": ", StringComparison.Ordinal) && !key.EndsWith(':') && !key.Contains(" #", StringComparison.Ordinal)
            && "-?:,[]{}#&*!|>'\"%@`".IndexOf(key[0]) < 0;
        var yamlKey = plain ? key : "\"" + key.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
        return $"{yamlKey}: {name}";
    }
}
