using System.Globalization;
using Harness.Core.Artifacts;
using Harness.Core.Documents;
using Harness.Core.Templates;
using Harness.Core.Workspaces;
using Harness.Core.Writing;

namespace Harness.Core.Notes;

/// <summary>
/// `harness note`: updates the Progress Note in place. Each flag replaces or adds to its section, Last Verify
/// and Changed Files are refreshed from the evidence and git, front matter `updated` and `commit` are set; every
/// other line stays byte for byte (CRLF and BOM kept). The write is refused, not merged, when another writer got
/// there first: a lock file stops a second harness, the changed-on-disk check stops an editor.
/// </summary>
public static class NoteService
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    /// <summary>Test hook: runs after the note was read and before it is replaced (to simulate a concurrent edit).</summary>
    internal static Action<string>? BeforeWrite { get; set; }

    /// <summary>Updates (or creates) the note; returns its path and the sections it changed.</summary>
    public static (string Path, IReadOnlyList<string> Changed, bool Created) Run(Workspace workspace, NoteRequest request, DateTimeOffset now)
    {
        var task = workspace.GetTask(request.TaskId);
        if (request.Next is { } next && (string.IsNullOrWhiteSpace(next) || next.Contains('\n')))
        {
            throw new HarnessInputException("--next takes exactly one work package on one line");
        }
        using var noteLock = NoteLock.Acquire(workspace.Root, task.NotePath);
        var full = workspace.FullPath(task.NotePath);
        if (Directory.Exists(full))
        {
            throw new HarnessInputException($"{task.NotePath}: is a folder where a file should be; move it away first");
        }
        if (new FileInfo(full).LinkTarget is not null)
        {
            // A link may lead out of the repo; the note is edited in place only as a regular file of the repo.
            throw new HarnessInputException($"{task.NotePath}: is a symbolic link; harness note edits only a regular file, replace the link with the note itself");
        }
        var exists = File.Exists(full);
        var original = exists ? File.ReadAllBytes(full) : [];
        var hasBom = original.AsSpan().StartsWith(Bom);
        var text = exists ? Decode(task.NotePath, original) : Template(workspace, task, request);
        if (!MarkdownDocument.TryParse(new SourceText(task.NotePath, text), workspace.Config.Headings, out var document, out var error))
        {
            throw new HarnessInputException(error!.ToString());
        }
        var note = new ProgressNote(document!);
        var changed = new List<string>();
        var updated = Edit(workspace, task, note, request, now, changed);
        var content = (hasBom ? "\uFEFF" : "") + updated;
        BeforeWrite?.Invoke(full);
        var written = exists ? AtomicFile.TryReplace(full, original, content) : AtomicFile.TryCreate(full, content);
        if (!written)
        {
            throw new HarnessInputException(
                $"{task.NotePath}: changed on disk while harness note was updating it; nothing written, so no edit is lost. Run harness note again");
        }
        return (task.NotePath, changed, !exists);
    }

    private static string Edit(Workspace workspace, HarnessTask task, ProgressNote note, NoteRequest request, DateTimeOffset now, List<string> changed)
    {
        var text = note.Document.Source.Text;
        var edits = new TextEdits(text);
        void Set(string name, IReadOnlyList<string>? lines, bool append = false)
        {
            if (lines is null || lines.Count == 0)
            {
                return;
            }
            changed.Add(name);
            var section = note.Section(name);
            if (section is null)
            {
                edits.AddSection("## " + name, lines);
            }
            else if (append && !section.Items.All(i => FieldReader.IsNone(i.Text)))
            {
                edits.Append(section, lines);
            }
            else
            {
                edits.ReplaceBody(section, lines);
            }
        }
        Set("Status", request.Status is { } status ? [Bullet(status)] : null);
        Set("Current Goal", request.Goal is { } goal ? [Bullet(goal)] : null);
        Set("Completed", request.Completed.Select(Bullet).ToList(), append: true);
        Set("Decided", request.Decided.Select(Bullet).ToList(), append: true);
        Set("Open Questions", request.Questions.Select(Bullet).ToList(), append: true);
        Set("Last Verify", NoteFacts.LastVerify(workspace, task, note));
        Set("Changed Files", NoteFacts.ChangedFiles(workspace, note, task.NotePath));
        Set("Next Step", request.Next is { } next ? [Bullet(next)] : null);

        var values = new List<(string, string)> { ("updated", now.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)) };
        if (workspace.Git?.Head() is { } head)
        {
            values.Add(("commit", head));
        }
        FrontMatterEdit.Set(text, edits, values);
        return edits.Apply();
    }

    private static string Bullet(string text) => "- " + text.Trim().ReplaceLineEndings(" ");

    private static string Decode(string path, byte[] bytes) =>
        SourceFileReader.TryDecode(path, bytes, out var source, out var error) ? source!.Text : throw new HarnessInputException(error!.ToString());

    private static string Template(Workspace workspace, HarnessTask task, NoteRequest request)
    {
        var templates = new TemplateStore(workspace.Root, workspace.Config.TemplatesPath);
        return templates.Render(TemplateStore.ProgressNote, new Dictionary<string, object?>
        {
            ["id"] = task.Id,
            ["title"] = request.Goal?.Trim() ?? task.Id,
            ["primary"] = task.HasPlan ? task.PlanPath : task.BriefPath,
            ["feature_list"] = task.FeatureList?.Path,
            ["next_step"] = request.Next?.Trim() ?? "Take the first work package.",
        });
    }
}
