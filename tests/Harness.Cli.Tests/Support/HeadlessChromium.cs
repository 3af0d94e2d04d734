using System.Diagnostics;

namespace Harness.Cli.Tests.Support;

/// <summary>
/// Debian's chromium (/usr/bin/chromium, installed by .ci/run), run headless with no network of its own and a fresh
/// profile for each start. Without it a test is ignored on a developer's machine and fails in CI (CI set).
/// </summary>
internal static class HeadlessChromium
{
    private static readonly string[] Flags =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--hide-scrollbars",
    ];

    /// <summary>The browser's path; ignores the test when there is none outside CI, fails it in CI.</summary>
    public static string Require()
    {
        var found = new[] { "/usr/bin/chromium" }
            .Concat((Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Where(p => p.Length > 0).Select(p => Path.Combine(p, "chromium")))
            .FirstOrDefault(File.Exists);
        if (found is not null)
        {
            return found;
        }
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")))
        {
            Assert.Ignore("chromium is not installed (apt-get install -y chromium); CI installs it and runs this test");
        }
        Assert.Fail("chromium is not installed; .ci/run installs Debian's chromium package before the tests");
        return "";
    }

    /// <summary>Takes a screenshot of <paramref name="page"/> into <paramref name="png"/>.</summary>
    public static void Screenshot(string browser, string page, string png, string profile) =>
        Run(browser, profile, $"--screenshot={png}", "--window-size=1400,1000", new Uri(page).AbsoluteUri);

    /// <summary>The DOM of <paramref name="page"/> after it loaded, as the browser serializes it.</summary>
    public static string DumpDom(string browser, string page, string profile) =>
        Run(browser, profile, "--dump-dom", new Uri(page).AbsoluteUri);

    private static string Run(string browser, string profile, params string[] args)
    {
        var info = new ProcessStartInfo(browser)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in Flags.Append($"--user-data-dir={profile}").Concat(args))
        {
            info.ArgumentList.Add(arg);
        }
        using var process = Process.Start(info)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(90)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"chromium {string.Join(' ', args)} did not end within 90 s");
        }
        process.WaitForExit();
        process.ExitCode.Should().Be(0, $"chromium {string.Join(' ', args)}: {error.Result}");
        return output.Result;
    }
}
