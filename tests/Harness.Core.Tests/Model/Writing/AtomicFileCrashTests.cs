using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Harness.Core.Tests.Model.Writing;

/// <summary>
/// Kills a process while it rewrites a file, many times, and checks that the file on disk is always one
/// whole version: the old one or the new one, never half of one.
/// </summary>
public sealed partial class AtomicFileCrashTests
{
    private const int Size = 4 * 1024 * 1024;

    [Test]
    public void A_process_killed_mid_write_leaves_a_whole_old_or_new_file_every_time()
    {
        var folder = Folder();
        var path = Path.Combine(folder, "note.md");
        var random = new Random(20261127);
        for (var attempt = 0; attempt < 12; attempt++)
        {
            KillWhileWriting(path, atomic: true, random.Next(5, 120));

            IsWhole(File.ReadAllText(path)).Should().BeTrue($"attempt {attempt}: the file must hold one complete version");
        }
        Directory.GetFiles(folder).Select(Path.GetFileName).Where(n => !n!.StartsWith('.')).Should().Equal("note.md");
        Directory.Delete(folder, recursive: true);
    }

    [Test]
    public void The_check_catches_a_torn_file_when_the_write_is_not_atomic()
    {
        var folder = Folder();
        var path = Path.Combine(folder, "note.md");
        var random = new Random(7);
        var torn = false;
        for (var attempt = 0; attempt < 40 && !torn; attempt++)
        {
            KillWhileWriting(path, atomic: false, random.Next(5, 120));
            torn = !IsWhole(File.ReadAllText(path));
        }
        Directory.Delete(folder, recursive: true);

        torn.Should().BeTrue("a plain in-place write killed mid-write leaves a torn file that this check detects");
    }

    private static void KillWhileWriting(string path, bool atomic, int delayMs)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, UseShellExecute = false };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Harness.CrashWriter.dll"));
        info.ArgumentList.Add(path);
        info.ArgumentList.Add(Size.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (!atomic)
        {
            info.ArgumentList.Add("direct");
        }
        using var process = Process.Start(info)!;
        process.StandardOutput.ReadLine().Should().Be("ready");
        Thread.Sleep(delayMs);
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }

    private static bool IsWhole(string text)
    {
        var match = WholeVersion().Match(text);
        return match.Success && match.Groups[1].Value == match.Groups[3].Value && match.Groups[2].Length == Size;
    }

    private static string Folder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "harness-crash", Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
        return folder;
    }

    [GeneratedRegex(@"\Abegin (\d+)\n(x*)\nend (\d+)\n\z")]
    private static partial Regex WholeVersion();
}
