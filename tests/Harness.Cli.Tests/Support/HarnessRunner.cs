using System.Diagnostics;

namespace Harness.Cli.Tests.Support;

/// <summary>Runs the harness command line: in-process (fast), or as a real process of the built tool.</summary>
internal static class HarnessRunner
{
    public static CliResult Run(string workingDirectory, params string[] args) =>
        RunWithEnvironment(workingDirectory, new Dictionary<string, string>(), args);

    /// <summary>
    /// Runs the command line in-process with <paramref name="session"/> as its HARNESS_* variables (none other of
    /// the test process's reaches it), so that tests running in parallel never share them.
    /// </summary>
    public static CliResult RunWithEnvironment(string workingDirectory, IReadOnlyDictionary<string, string> session, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        string? Variable(string name) => name.StartsWith("HARNESS_", StringComparison.Ordinal)
            ? session.GetValueOrDefault(name)
            : Environment.GetEnvironmentVariable(name);
        var exit = HarnessApp.Run(args, output, error, workingDirectory, environment: Variable);
        return new CliResult(exit, output.ToString(), error.ToString());
    }

    /// <summary>
    /// Runs the command line in-process on a thread of its own (with a stack of <paramref name="maxStackSize"/> bytes,
    /// 0 for the default) and gives the CPU time that thread took (see <see cref="ThreadCpu"/>), failing the test
    /// when the run has not ended within <paramref name="wallLimit"/> (a run that waits forever: the run is left
    /// behind on its thread, the test does not wait for it).
    /// </summary>
    public static (CliResult Result, TimeSpan Cpu) RunMeasured(TimeSpan wallLimit, string workingDirectory, string[] args, int maxStackSize = 0)
    {
        (CliResult, TimeSpan)? measured = null;
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                var start = ThreadCpu.Now();
                var result = Run(workingDirectory, args);
                measured = (result, ThreadCpu.Now() - start);
            }
            catch (Exception e)
            {
                failure = e;
            }
        }, maxStackSize) { IsBackground = true };
        thread.Start();
        if (!thread.Join(wallLimit))
        {
            Assert.Fail($"harness {string.Join(' ', args)} did not finish in {wallLimit.TotalMinutes:0} minutes");
        }
        if (failure is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
        }
        return measured!.Value;
    }

    /// <summary>How to start the built tool as its own process (output redirected), for a test that starts it itself.</summary>
    public static ProcessStartInfo ProcessInfo(string workingDirectory, params string[] args) =>
        HarnessBinary.StartInfo(workingDirectory, args);

    /// <summary>Runs the built tool as its own process (see <see cref="HarnessBinary"/>).</summary>
    public static CliResult RunProcess(string workingDirectory, params string[] args) =>
        RunProcess(ProcessInfo(workingDirectory, args), args);

    /// <summary>
    /// Runs the built tool as its own process with PATH set to <paramref name="path"/> (the program itself is
    /// started by its full path), to see what harness does without a tool such as git.
    /// </summary>
    public static CliResult RunProcessWithPath(string workingDirectory, string path, params string[] args)
    {
        var info = ProcessInfo(workingDirectory, args);
        if (!Path.IsPathRooted(info.FileName))
        {
            info.FileName = Environment.GetEnvironmentVariable("PATH")!.Split(Path.PathSeparator)
                .Select(folder => Path.Combine(folder, info.FileName)).First(File.Exists);
        }
        info.Environment["PATH"] = path;
        return RunProcess(info, args);
    }

    /// <summary>Runs the built tool as its own process with these variables added to its environment (GIT_TRACE, say).</summary>
    public static CliResult RunProcessWithEnvironment(string workingDirectory, IReadOnlyDictionary<string, string> variables, params string[] args)
    {
        var info = ProcessInfo(workingDirectory, args);
        foreach (var (name, value) in variables)
        {
            info.Environment[name] = value;
        }
        return RunProcess(info, args);
    }

    private static CliResult RunProcess(ProcessStartInfo info, string[] args)
    {
        using var process = Process.Start(info)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(60_000))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"harness {string.Join(' ', args)} did not finish in 60 s");
        }
        return new CliResult(process.ExitCode, output, error.Result);
    }
}
