using System.Collections.Concurrent;
using Harness.Core.Model.Documents;
using Harness.Core.Model.Text;
using Scriban;

namespace Harness.Core.Model.Templates;

/// <summary>
/// The Scriban templates of every artifact and of the restart prompt: embedded in the tool from templates/,
/// each overridable by a file of the same name in the repo's .harness/templates/. A template is parsed only
/// when a command renders it.
/// </summary>
public sealed class TemplateStore
{
    public const string FeatureList = "feature-list.md";
    public const string Track = "track.md";
    public const string RestartProtocol = "restart-protocol.md";
    public const string Playbook = "multi-agent-playbook.md";
    public const string Plan = "plan.md";
    public const string Brief = "brief.md";
    public const string ProgressNote = "progress.md";
    public const string Handoff = "handoff.md";
    public const string RestartPrompt = "restart-prompt.md";
    public const string Config = "harness.yml";

    public static readonly IReadOnlyList<string> Names =
        [FeatureList, Track, RestartProtocol, Playbook, Plan, Brief, ProgressNote, Handoff, RestartPrompt, Config];

    /// <summary>
    /// The shipped templates, parsed once per process: they cannot change while it runs, and a parsed Scriban
    /// template renders from several threads at once (each render has its own context), as the in-process test
    /// suite and an MCP server render them.
    /// </summary>
    private static readonly ConcurrentDictionary<string, Lazy<Template>> ParsedEmbedded = new(StringComparer.Ordinal);

    private readonly ConcurrentDictionary<string, Template> _parsed = new(StringComparer.Ordinal);
    private readonly string? _repoRoot;
    private readonly string _overrideFolder;

    public TemplateStore(string? repoRoot, string overrideFolder = ".harness/templates")
    {
        _repoRoot = repoRoot;
        _overrideFolder = overrideFolder;
    }

    /// <summary>The embedded text of a template, as shipped.</summary>
    public static string Embedded(string name)
    {
        using var stream = typeof(TemplateStore).Assembly.GetManifestResourceStream($"templates/{name}.scriban")
            ?? throw new InvalidOperationException($"template {name} is not embedded in the tool");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Iterations a render may take in all: far above what 100,000 tracks need, far below a loop that never ends.</summary>
    public const int LoopLimit = 10_000_000;

    /// <summary>The most a template may write: the size harness reads back (MarkdownLimits), so nothing it writes is refused.</summary>
    public const int OutputLimit = 16 * 1024 * 1024;

    /// <summary>How long a render may run before it is stopped as a template that never ends.</summary>
    public static readonly TimeSpan RenderTimeLimit = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Parses a shipped template on the thread pool, so that a command can render it later without waiting: restart
    /// starts it before it reads the artifacts. A repo's override is left to the render, which reads it then.
    /// </summary>
    public void PrepareInBackground(string name)
    {
        if (SourceOf(name) == EmbeddedSource(name))
        {
            _ = Task.Run(() => Load(name));
        }
    }

    public string Render(string name, IEnumerable<KeyValuePair<string, object?>> model)
    {
        var template = _parsed.GetOrAdd(name, Load);
        using var timeout = new CancellationTokenSource(RenderTimeLimit);
        var context = new TemplateContext(new LazyBuiltins())
        {
            StrictVariables = true,
            // A repo's template override is the repo's code: it gets limits, so `{{ while true }}` cannot hang restart
            // (and with it the SessionStart hook). Output past the limit is an error, never a silent cut.
            LoopLimit = LoopLimit,
            RecursiveLimit = 100,
            OutputLimit = OutputLimit,
            OnOutputLimit = ScriptLimitBehavior.Throw,
            LimitToString = OutputLimit,
            OnStringLimit = ScriptLimitBehavior.Throw,
            CancellationToken = timeout.Token,
            EnableRelaxedMemberAccess = false,
            NewLine = "\n",
        };
        context.PushGlobal(TemplateModel.From(model));
        try
        {
            return template.Render(context);
        }
        catch (Scriban.Syntax.ScriptAbortException)
        {
            throw new HarnessInputException($"{SourceOf(name)}: the template ran longer than {RenderTimeLimit.TotalSeconds:0} s and was stopped; look for a loop that never ends");
        }
        catch (Scriban.Syntax.ScriptRuntimeException e)
        {
            throw new HarnessInputException($"{SourceOf(name)}:{e.Span.Start.Line + 1}: the template failed: {e.OriginalMessage}");
        }
        catch (OperationCanceledException)
        {
            throw new HarnessInputException($"{SourceOf(name)}: the template ran longer than {RenderTimeLimit.TotalSeconds:0} s and was stopped; look for a loop that never ends");
        }
    }

    private Template Load(string name)
    {
        var source = SourceOf(name);
        if (source == EmbeddedSource(name))
        {
            // Lazy: a render that asks while another thread parses waits for that parse rather than parsing again.
            return ParsedEmbedded.GetOrAdd(name, embedded => new Lazy<Template>(() => Parse(Embedded(embedded), EmbeddedSource(embedded)))).Value;
        }
        // A repo's override is read and parsed for each store: the user may edit it between two commands of one process.
        if (!SourceFileReader.TryRead(_repoRoot!, source, out var file, out var error))
        {
            throw new HarnessInputException(error!.ToString());
        }
        return Parse(file!.Text, source);
    }

    private static string EmbeddedSource(string name) => $"(embedded) templates/{name}.scriban";

    private static Template Parse(string text, string source)
    {
        var template = Template.Parse(text, source);
        if (template.HasErrors)
        {
            var first = template.Messages[0];
            throw new HarnessInputException($"{source}:{first.Span.Start.Line + 1}: the template does not parse: {first.Message}");
        }
        return template;
    }

    private string SourceOf(string name)
    {
        if (_repoRoot is not null)
        {
            var relative = $"{_overrideFolder}/{name}.scriban";
            if (File.Exists(Path.Combine(_repoRoot, relative)))
            {
                return RepoPaths.Normalize(relative);
            }
        }
        return EmbeddedSource(name);
    }
}
