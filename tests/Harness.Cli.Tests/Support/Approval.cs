using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;

namespace Harness.Cli.Tests.Support;

/// <summary>
/// Approval files: a text is compared with `Name.approved.txt` beside the test's source file. On a mismatch the
/// text is written to `Name.received.txt` and the test fails with a line diff; with HARNESS_ACCEPT=1 the text is
/// written as the approved file instead, so the change shows up in review as the diff of that file.
/// </summary>
internal static partial class Approval
{
    public static void Verify(string name, string text, TempRepo? repo = null, [CallerFilePath] string sourceFile = "")
    {
        var folder = Path.GetDirectoryName(sourceFile);
        if (folder is null || !Directory.Exists(folder))
        {
            Assert.Fail($"the test's source folder '{folder}' is not on this machine; approval files live beside the source");
        }
        var received = Normalize(text, repo);
        var approvedPath = Path.Combine(folder!, $"{name}.approved.txt");
        var receivedPath = Path.Combine(folder!, $"{name}.received.txt");
        if (Environment.GetEnvironmentVariable("HARNESS_ACCEPT") == "1")
        {
            File.WriteAllText(approvedPath, received, new UTF8Encoding(false));
            File.Delete(receivedPath);
            return;
        }
        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : null;
        if (approved == received)
        {
            File.Delete(receivedPath);
            return;
        }
        File.WriteAllText(receivedPath, received, new UTF8Encoding(false));
        Assert.Fail(approved is null
            ? $"{approvedPath} is missing; the output is in {receivedPath} (run with HARNESS_ACCEPT=1 to approve it)"
            : $"the output differs from {approvedPath} (received: {receivedPath}):\n{LineDiff.Of(approved, received)}");
    }

    /// <summary>A run of harness as one text: exit code, stdout and stderr.</summary>
    public static void Verify(string name, CliResult result, TempRepo? repo = null, [CallerFilePath] string sourceFile = "") =>
        Verify(name, $"exit {result.ExitCode}\n--- stdout\n{result.Output}\n--- stderr\n{result.Error}", repo, sourceFile);

    /// <summary>The volatile parts of an output (where the temporary repo is, times, hashes, ages) made stable.</summary>
    public static string Normalize(string text, TempRepo? repo)
    {
        var stable = text.ReplaceLineEndings("\n");
        if (repo is not null)
        {
            stable = stable.Replace(repo.Root, "<repo>", StringComparison.Ordinal);
        }
        stable = TempRoot().Replace(stable, "<repo>");
        stable = IsoTime().Replace(stable, "<time>");
        stable = MinuteTime().Replace(stable, "<time>");
        stable = Sha().Replace(stable, "<sha>");
        stable = JsonDuration().Replace(stable, "\"$1\": <duration>");
        stable = TextAge().Replace(stable, "updated <duration>");
        return stable;
    }

    [GeneratedRegex(@"/[^\s""']*/harness-tests/[0-9a-f]{12}")]
    private static partial Regex TempRoot();

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?")]
    private static partial Regex IsoTime();

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2} \d{2}:\d{2}( UTC)?")]
    private static partial Regex MinuteTime();

    [GeneratedRegex(@"\b(?=[0-9a-f]*[0-9])(?=[0-9a-f]*[a-f])[0-9a-f]{7,40}\b")]
    private static partial Regex Sha();

    [GeneratedRegex(@"""(\w*(?:Seconds|Ms|Minutes))"": \d+")]
    private static partial Regex JsonDuration();

    [GeneratedRegex(@"updated (just now|\d+ \w+ ago)")]
    private static partial Regex TextAge();

    /// <summary>A unified-style line diff: `-` approved, `+` received, with the line numbers of the first change.</summary>
    private static class LineDiff
    {
        public static string Of(string approved, string received)
        {
            var before = approved.Split('\n');
            var after = received.Split('\n');
            var start = 0;
            while (start < before.Length && start < after.Length && before[start] == after[start])
            {
                start++;
            }
            var endBefore = before.Length - 1;
            var endAfter = after.Length - 1;
            while (endBefore >= start && endAfter >= start && before[endBefore] == after[endAfter])
            {
                endBefore--;
                endAfter--;
            }
            var diff = new StringBuilder($"@@ -{start + 1},{endBefore - start + 1} +{start + 1},{endAfter - start + 1} @@\n");
            for (var i = start; i <= endBefore; i++)
            {
                diff.Append('-').Append(before[i]).Append('\n');
            }
            for (var i = start; i <= endAfter; i++)
            {
                diff.Append('+').Append(after[i]).Append('\n');
            }
            return diff.ToString();
        }
    }
}
