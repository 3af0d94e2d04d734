using System.Diagnostics;
using Tomlyn.Parsing;

namespace Harness.Cli.Tests.Agents;

/// <summary>A TOML file as the third parties read it: Python's tomllib (what the issue was found with) and Tomlyn.</summary>
internal static class TomlCheck
{
    /// <summary>Fails the test unless both parsers load the file.</summary>
    public static void ShouldBeValid(string path)
    {
        var python = Python(path);
        python.ExitCode.Should().Be(0, $"Python's tomllib loads {path}: {python.Error}");
        var document = SyntaxParser.Parse(File.ReadAllText(path), path, validate: true);
        document.HasErrors.Should().BeFalse($"Tomlyn parses {path}: {string.Join("; ", document.Diagnostics)}");
    }

    /// <summary>The file as Python's tomllib loads it, as JSON, for assertions on the values Codex would see.</summary>
    public static string PythonJson(string path)
    {
        var result = Python(path, "import tomllib,sys,json; print(json.dumps(tomllib.load(open(sys.argv[1],'rb')), sort_keys=True))");
        result.ExitCode.Should().Be(0, result.Error);
        return result.Output.Trim();
    }

    // The interpreter itself, asked once of the python3 on PATH: a version manager's shim (pyenv's is a bash script
    // that starts a dozen processes) costs five times the interpreter's own start on every call.
    private static readonly Lazy<string> Interpreter = new(() =>
    {
        var found = Run("python3", "import sys; print(sys.executable)", null);
        return found.ExitCode == 0 && File.Exists(found.Output.Trim()) ? found.Output.Trim() : "python3";
    });

    private static (int ExitCode, string Output, string Error) Python(string path,
        string script = "import tomllib,sys; tomllib.load(open(sys.argv[1],'rb'))") =>
        Run(Interpreter.Value, script, path);

    private static (int ExitCode, string Output, string Error) Run(string python, string script, string? path)
    {
        var info = new ProcessStartInfo(python) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add(script);
        if (path is not null)
        {
            info.ArgumentList.Add(path);
        }
        using var process = Process.Start(info)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output, error.Result);
    }
}
