namespace Harness.Core.Model.Ownership;

/// <summary>
/// Decides whether two owned globs can match one path, without expanding them against the repo: each glob
/// yields sample paths (its wildcards filled in), and two globs overlap when one matches a sample of the
/// other, or one owns a folder the other lies in.
/// </summary>
public static class GlobOverlap
{
    /// <summary>A path both globs own, or null when they share none.</summary>
    public static string? Example(GlobPattern a, GlobPattern b)
    {
        foreach (var sample in Samples(a))
        {
            if (b.Matches(sample))
            {
                return sample;
            }
        }
        foreach (var sample in Samples(b))
        {
            if (a.Matches(sample))
            {
                return sample;
            }
        }
        return null;
    }

    /// <summary>Concrete paths a glob matches: wildcards filled with a few typical choices.</summary>
    public static IEnumerable<string> Samples(GlobPattern glob)
    {
        if (glob.IsLiteral)
        {
            yield return glob.LiteralPrefix;
            yield break;
        }
        yield return Fill(glob.Text, "x", "");
        yield return Fill(glob.Text, "", "");
        yield return Fill(glob.Text, "x", "x");
    }

    private static string Fill(string pattern, string star, string globstar)
    {
        var builder = new System.Text.StringBuilder();
        var segments = pattern.Trim().TrimStart('/').Split('/');
        var first = true;
        foreach (var segment in segments)
        {
            if (segment.Length == 0)
            {
                continue;
            }
            var part = segment == "**" ? globstar : FillSegment(segment, star);
            if (part.Length == 0)
            {
                continue;
            }
            if (!first)
            {
                builder.Append('/');
            }
            builder.Append(part);
            first = false;
        }
        return builder.ToString();
    }

    private static string FillSegment(string segment, string star)
    {
        var builder = new System.Text.StringBuilder();
        for (var i = 0; i < segment.Length; i++)
        {
            var c = segment[i];
            switch (c)
            {
                case '\\' when i + 1 < segment.Length:
                    builder.Append(segment[++i]);
                    break;
                case '*':
                    builder.Append(star);
                    break;
                case '?':
                    builder.Append('x');
                    break;
                case '[':
                    var close = segment.IndexOf(']', i + 2);
                    if (close < 0)
                    {
                        builder.Append(c);
                        break;
                    }
                    var start = i + 1;
                    var negate = segment[start] is '!' or '^';
                    builder.Append(negate ? '_' : segment[start]);
                    i = close;
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }
        return builder.Length == 0 ? "x" : builder.ToString();
    }
}
