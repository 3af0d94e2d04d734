using System.Text;

namespace Harness.Core.Tests.Lint.Support;

/// <summary>
/// One fixture folder under Lint/Fixtures: a small repo, its approval file, and optionally git-commits.txt, the
/// history its copy is given. Lint always runs on a copy in a temporary folder (outside any git work tree), so no
/// test writes into the fixture and the repo around the tests is never mistaken for the fixture's.
/// </summary>
internal sealed class LintFixture
{
    public const string ApprovedFile = "findings.approved.txt";
    public const string ReceivedFile = "findings.received.txt";
    public const string CommitsFile = "git-commits.txt";

    private static readonly string[] NotPartOfTheRepo = [ApprovedFile, ReceivedFile, CommitsFile];

    public LintFixture(string name, string folder)
    {
        Name = name;
        Folder = folder;
    }

    public string Name { get; }

    /// <summary>The fixture as the build copied it (beside the test assembly).</summary>
    public string Folder { get; }

    /// <summary>The fixture in the source tree, where its approval file is read and written.</summary>
    public string SourceFolder => Path.Combine(SourceTree.FixturesFolder, Name);

    /// <summary>The repo's files, repo-relative with '/', in ordinal order: what lint may read.</summary>
    public IReadOnlyList<string> RepoFiles() =>
        Directory.EnumerateFiles(Folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Folder, f).Replace('\\', '/'))
            .Where(f => !NotPartOfTheRepo.Contains(f, StringComparer.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>Every expectation its files' markers state, and the markers that cannot be read.</summary>
    public IReadOnlyList<Expectation> Expectations(List<string> problems) =>
        RepoFiles().SelectMany(f => ExpectationMarkers.Read(f, Read(Path.Combine(Folder, f)), problems)).ToList();

    /// <summary>The git history of the copy, one `git add` argument list a commit, oldest first; none: no git.</summary>
    public IReadOnlyList<string[]> Commits()
    {
        var path = Path.Combine(Folder, CommitsFile);
        if (!File.Exists(path))
        {
            return [];
        }
        return File.ReadAllLines(path)
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToList();
    }

    /// <summary>Copies the repo's files, byte for byte, into <paramref name="target"/>, then builds its git history.</summary>
    public void CopyTo(string target)
    {
        foreach (var file in RepoFiles())
        {
            var destination = Path.Combine(target, file);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(Path.Combine(Folder, file), destination);
        }
        var commits = Commits();
        if (commits.Count > 0)
        {
            FixtureGit.Build(target, commits);
        }
    }

    /// <summary>Rewrites the copy's files without their end-of-line markers, keeping a byte order mark where there was one.</summary>
    public void StripTrailingMarkers(string copy)
    {
        foreach (var file in RepoFiles())
        {
            var path = Path.Combine(copy, file);
            var bytes = File.ReadAllBytes(path);
            var bom = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble);
            var text = Encoding.UTF8.GetString(bom ? bytes[3..] : bytes);
            var stripped = ExpectationMarkers.WithoutTrailingMarkers(text);
            if (stripped != text)
            {
                File.WriteAllBytes(path, [.. bom ? Encoding.UTF8.Preamble : [], .. Encoding.UTF8.GetBytes(stripped)]);
            }
        }
    }

    public override string ToString() => Name;

    private static string Read(string path) => Encoding.UTF8.GetString(File.ReadAllBytes(path));
}
