namespace Harness.Core.Model.Git;

/// <summary>Reads the log and diff formats <see cref="GitProcessRepository"/> asks git for.</summary>
internal static class GitLogParser
{
    /// <summary>Reads `--format=%x1e%H%x1f%ct%x1f%s --name-only`: one record per commit, its files one a line.</summary>
    public static IReadOnlyList<GitCommit> Commits(string output, Func<string, string?> fromTopLevel)
    {
        var commits = new List<GitCommit>();
        foreach (var record in output.Split('\x1e', StringSplitOptions.RemoveEmptyEntries))
        {
            var lines = record.Split('\n');
            var head = lines[0].Split('\x1f');
            if (head.Length < 3 || !long.TryParse(head[1], out var seconds))
            {
                continue;
            }
            var files = lines.Skip(1).Where(l => l.Length > 0).Select(fromTopLevel).OfType<string>().ToList();
            commits.Add(new GitCommit(head[0], DateTimeOffset.FromUnixTimeSeconds(seconds), head[2], files));
        }
        return commits;
    }

    /// <summary>Reads `--format=&lt;mark&gt;%h %cs --name-only`: one record per commit, its files one a line.</summary>
    public static IReadOnlyList<GitPathCommit> PathCommits(string output, char mark, Func<string, string?> fromTopLevel)
    {
        var commits = new List<GitPathCommit>();
        foreach (var record in output.Split(mark, StringSplitOptions.RemoveEmptyEntries))
        {
            var lines = record.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (lines.Length == 0)
            {
                continue;
            }
            var space = lines[0].IndexOf(' ', StringComparison.Ordinal);
            var (hash, date) = space < 0 ? (lines[0], "") : (lines[0][..space], lines[0][(space + 1)..]);
            var files = lines.Skip(1).Select(fromTopLevel).OfType<string>().ToList();
            commits.Add(new GitPathCommit(hash, date, files));
        }
        return commits;
    }

    /// <summary>Reads `diff --name-status -M -z`: status and path fields, a rename or copy with two paths (source first).</summary>
    public static IReadOnlyList<GitDiffEntry> NameStatus(string output, Func<string, string?> fromTopLevel)
    {
        var entries = new List<GitDiffEntry>();
        var tokens = output.Split('\0', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i + 1 < tokens.Length; i += 2)
        {
            var status = tokens[i][0];
            if (status is 'R' or 'C' && i + 2 < tokens.Length)
            {
                entries.Add(new GitDiffEntry(status, fromTopLevel(tokens[i + 2]), fromTopLevel(tokens[i + 1])));
                i++;
                continue;
            }
            entries.Add(new GitDiffEntry(status, fromTopLevel(tokens[i + 1])));
        }
        return entries;
    }

    /// <summary>Reads `config -z --show-scope --get-regexp`: scope NUL key LF value NUL, one entry after another.</summary>
    public static IReadOnlyList<GitConfigEntry> ConfigEntries(string output)
    {
        var entries = new List<GitConfigEntry>();
        var tokens = output.Split('\0');
        for (var i = 0; i + 1 < tokens.Length; i += 2)
        {
            var newline = tokens[i + 1].IndexOf('\n', StringComparison.Ordinal);
            // A key set with no value at all (`[harness] task`) has no newline: it holds no value.
            var (key, value) = newline < 0 ? (tokens[i + 1], "") : (tokens[i + 1][..newline], tokens[i + 1][(newline + 1)..]);
            entries.Add(new GitConfigEntry(tokens[i], key, value));
        }
        return entries;
    }
}
