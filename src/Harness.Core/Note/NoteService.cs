using System.Globalization;
using Harness.Core.Model.Artifacts;
using Harness.Core.Model.CommandLine;
using Harness.Core.Model.Documents;
using Harness.Core.Model.State;
using Harness.Core.Model.Templates;
using Harness.Core.Model.Workspaces;
using Harness.Core.Model.Writing;

namespace Harness.Core.Note;

/// <summary>
/// `harness note`: updates the Progress Note in place without losing a line its author wrote. Status, Current
/// Goal and Next Step are replaced only when their flag is given; Completed, Decided and Open Questions are added
/// to; Last Verify and Changed Files are merged with the evidence and git (nothing dropped unless
/// `--changed-reset`); front matter `updated` and `commit` are set only in a note that has front matter. Every
/// other byte stays (CRLF and BOM kept). The write is refused, not merged, when another writer got there first:
/// a lock file stops a second harness, the changed-on-disk check stops an editor.
/// </summary>
public static class NoteService
{
    /// <summary>The most text one flag value may carry (UTF-8 bytes): a note item is a line, not a log.</summary>
    public const int MaxValueBytes = 64 * 1024;

    /// <summary>Test hook: runs after the note was read and before it is replaced (to simulate a concurrent edit).</summary>
    internal static Action<string>? BeforeWrite { get; set; }

    /// <summary>Updates (or creates) the note; writes nothing when nothing changed.</summary>
    public static NoteReport Run(Workspace workspace, NoteRequest request, DateTimeOffset now)
    {
        var task = workspace.GetTask(request.TaskId);
        Validate(workspace, request);
        using var noteLock = FileLock.Acquire(workspace.Root, task.NotePath);
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
        var edit = exists ? InPlaceEdit.Read(full, task.NotePath) : InPlaceEdit.Create(full, task.NotePath, Template(workspace, task, request));
        if (!MarkdownDocument.TryParse(new SourceText(task.NotePath, edit.Text), workspace.Config.Headings, out var document, out var error))
        {
            throw new HarnessInputException(error!.ToString());
        }
        var note = new ProgressNote(document!);
        var changed = new List<string>();
        // The task's facts (its latest evidence, what changed since the note) as every command reads them.
        var state = TaskState.AsNeeded(workspace, task, new GitFacts(workspace.Git));
        var frontMatter = Edit(state, note, request, now, edit, changed);
        var result = new NoteReport(task.NotePath, changed, Created: !exists, FrontMatter: frontMatter, LockTakenOverFrom: noteLock.TakenOverFrom);
        if (exists && !result.Written)
        {
            return result;
        }
        if (System.Text.Encoding.UTF8.GetByteCount(edit.Content()) is var size && size > SourceFileReader.MaxBytes)
        {
            // Written, the note would be refused by every command that reads it.
            throw new HarnessInputException(
                $"{task.NotePath}: would grow to {size / (1024 * 1024)} MB, past the {SourceFileReader.MaxBytes / (1024 * 1024)} MB limit for an artifact; nothing written. Move finished items out of the note first");
        }
        BeforeWrite?.Invoke(full);
        edit.Write();
        return result;
    }

    private static void Validate(Workspace workspace, NoteRequest request)
    {
        ThrowIfTooLong(CommandWords.Status, request.Status);
        ThrowIfTooLong(CommandWords.Goal, request.Goal);
        ThrowIfTooLong(CommandWords.Next, request.Next);
        foreach (var (flag, values) in new[] { (CommandWords.Completed, request.Completed), (CommandWords.Decided, request.Decided), (CommandWords.Question, request.Questions) })
        {
            foreach (var value in values)
            {
                ThrowIfTooLong(flag, value);
            }
        }
        if (request.Status is { } status && !TrackStatusKinds.IsProgressNoteStatus(status))
        {
            throw new HarnessInputException(
                $"{CommandWords.Status} '{status.Trim()}' is not a Progress Note status; use one of: {string.Join(", ", TrackStatusKinds.ProgressNoteStatuses)}");
        }
        if (request.Next is { } next && (string.IsNullOrWhiteSpace(next) || next.Contains('\n')))
        {
            throw new HarnessInputException($"{CommandWords.Next} takes exactly one work package on one line");
        }
        if (request.ChangedReset && workspace.Git is null)
        {
            throw new HarnessInputException($"{CommandWords.ChangedReset} lists what git shows, and there is no git repository here; nothing written");
        }
    }

    private static void ThrowIfTooLong(string flag, string? value)
    {
        // UTF-8 takes at most 3 bytes a UTF-16 unit, so a value this short cannot pass the limit and is not counted.
        if (value is null || value.Length <= MaxValueBytes / 3)
        {
            return;
        }
        var size = System.Text.Encoding.UTF8.GetByteCount(value);
        if (size > MaxValueBytes)
        {
            var shown = size >= 1024 * 1024 ? $"{size / (1024 * 1024)} MB" : $"{size / 1024} KB";
            throw new HarnessInputException(
                $"{flag}: the text is {shown}, past the {MaxValueBytes / 1024} KB limit for one value; nothing written. Put long output in a file and name the file in the note");
        }
    }

    /// <summary>Makes the note's edits; true when the note has front matter (which is then dated).</summary>
    private static bool Edit(TaskState state, ProgressNote note, NoteRequest request, DateTimeOffset now, InPlaceEdit edit, List<string> changed)
    {
        void Record(string name, bool sectionChanged)
        {
            if (sectionChanged)
            {
                changed.Add(name);
            }
        }
        bool Replace(string name, string? value)
        {
            if (value is null)
            {
                return false;
            }
            IReadOnlyList<string> lines = [Bullet(value)];
            return note.Section(name) is { } section ? edit.ReplaceBody(section, lines) : NoteSections.AddSection(edit, name, lines);
        }
        bool Add(string name, IReadOnlyList<string> items)
        {
            if (items.Count == 0)
            {
                return false;
            }
            var lines = items.Select(Bullet).ToList();
            return note.Section(name) is { } section ? NoteSections.Add(edit, section, lines) : NoteSections.AddSection(edit, name, lines);
        }
        Record("Status", Replace("Status", request.Status));
        Record("Current Goal", Replace("Current Goal", request.Goal));
        Record("Completed", Add("Completed", request.Completed));
        Record("Decided", Add("Decided", request.Decided));
        Record("Open Questions", Add("Open Questions", request.Questions));
        Record(LastVerifyMerge.Heading, LastVerifyMerge.Edit(edit, note.Section(LastVerifyMerge.Heading), state.LatestRecords));
        Record(ChangedFilesMerge.Heading, state.ChangedSinceNote is { } paths
            && ChangedFilesMerge.Edit(edit, note.Section(ChangedFilesMerge.Heading), paths, request.ChangedReset));
        Record("Next Step", Replace("Next Step", request.Next));

        var values = new List<(string, string)> { ("updated", now.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)) };
        if (state.Git.Head is { } head)
        {
            values.Add(("commit", head));
        }
        return edit.SetFrontMatter(values);
    }

    private static string Bullet(string text) => "- " + text.Trim().ReplaceLineEndings(" ");

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
