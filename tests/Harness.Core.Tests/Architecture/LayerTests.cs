using System.Reflection;
using System.Text.RegularExpressions;
using Harness.Core.Model.Documents;
using NetArchTest.Rules;

namespace Harness.Core.Tests.Architecture;

/// <summary>
/// The layers of Harness.Core, read from the compiled assembly (method bodies included): the Model area at the
/// bottom, one folder per command above it, and the command line above Core in its own assembly. A command reads
/// the model and never another command, so each can be read, tested and changed alone; what two commands share
/// belongs in the model.
/// </summary>
public sealed class LayerTests
{
    private const string Model = "Harness.Core.Model";
    private static readonly Assembly Core = typeof(MarkdownDocument).Assembly;

    /// <summary>The command folders: every namespace directly under Harness.Core other than the model.</summary>
    public static IEnumerable<string> CommandNamespaces() =>
        Core.GetTypes()
            .Select(t => t.Namespace)
            .OfType<string>()
            .Where(n => n.StartsWith("Harness.Core.", StringComparison.Ordinal))
            .Select(n => "Harness.Core." + n["Harness.Core.".Length..].Split('.')[0])
            .Where(n => n != Model)
            .Distinct()
            .Order(StringComparer.Ordinal);

    [Test]
    public void The_command_folders_are_the_commands()
    {
        CommandNamespaces().Select(n => n["Harness.Core.".Length..]).Should().BeEquivalentTo(
            "Agents", "Archive", "Assess", "Board", "Guard", "Handoff", "Hooks", "Init", "Lint", "New", "Note", "Order", "Restart", "Start", "Status", "Verify", "Worktree");
    }

    [Test]
    public void The_model_references_no_command()
    {
        Explain(Types.InAssembly(Core).That().ResideInNamespace(Model)
            .ShouldNot().HaveDependencyOnAny(CommandNamespaces().ToArray()).GetResult())
            .Should().BeEmpty("the model sits below every command");
    }

    [Test]
    public void Types_at_the_root_of_core_reference_only_the_model()
    {
        var root = Core.GetTypes().Where(t => t.Namespace == "Harness.Core" && t.IsPublic).Select(t => t.FullName!).ToArray();
        Explain(Types.InAssembly(Core).That().HaveNameMatching("^(" + string.Join('|', root.Select(n => n.Split('.')[^1])) + ")$")
            .And().ResideInNamespaceMatching("^Harness\\.Core$")
            .ShouldNot().HaveDependencyOnAny(CommandNamespaces().ToArray()).GetResult())
            .Should().BeEmpty();
    }

    [TestCaseSource(nameof(CommandNamespaces))]
    public void A_command_references_no_other_command(string command)
    {
        var others = CommandNamespaces().Where(n => n != command).ToArray();
        Explain(Types.InAssembly(Core).That().ResideInNamespace(command)
            .ShouldNot().HaveDependencyOnAny(others).GetResult())
            .Should().BeEmpty($"{command} may use the model, never another command's folder");
    }

    /// <summary>
    /// The same rule on the sources: a constant of another command is inlined by the compiler, so only the source
    /// shows that a command reads it.
    /// </summary>
    [TestCaseSource(nameof(CommandNamespaces))]
    public void No_source_file_of_a_command_names_another(string command)
    {
        var folder = Path.Combine(SourceRoot(), command["Harness.Core.".Length..]);
        var others = new Regex(@"\b(" + string.Join('|', CommandNamespaces().Where(n => n != command).Select(Regex.Escape)) + @")\b");
        var named = Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .SelectMany(file => File.ReadLines(file).Select((line, i) => (file, line, i)))
            .Where(x => others.IsMatch(x.line))
            .Select(x => $"{Path.GetRelativePath(SourceRoot(), x.file)}:{x.i + 1}: {x.line.Trim()}");
        named.Should().BeEmpty();
    }

    [Test]
    public void Core_knows_nothing_of_the_command_line()
    {
        Core.GetReferencedAssemblies().Select(a => a.Name).Should().NotContain(["Harness.Cli", "System.CommandLine"]);
    }

    /// <summary>The check sees real references: a command that reads documents is found to depend on the model.</summary>
    [Test]
    public void The_checker_sees_references_in_method_bodies()
    {
        Types.InAssembly(Core).That().ResideInNamespace("Harness.Core.Lint")
            .Should().HaveDependencyOnAny(Model + ".Documents").GetResult().IsSuccessful.Should().BeFalse(
                "some lint types use no documents, so 'all depend' must fail, while at least one does:");
        Types.InAssembly(Core).That().ResideInNamespace("Harness.Core.Lint").And().HaveDependencyOnAny(Model + ".Documents")
            .GetTypes().Should().NotBeEmpty();
    }

    /// <summary>src/Harness.Core of this checkout, found upwards from the test's output folder.</summary>
    private static string SourceRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "HarnessCli.sln")))
        {
            folder = folder.Parent;
        }
        return Path.Combine(folder?.FullName ?? throw new InvalidOperationException("HarnessCli.sln not found above the tests"), "src", "Harness.Core");
    }

    private static IEnumerable<string> Explain(TestResult result) =>
        result.IsSuccessful ? [] : (result.FailingTypes ?? []).Select(t => $"{t.FullName}: {t.Explanation}");
}
