using System.Text;
using Harness.Core.Model.Documents;

namespace Harness.Core.Model.Writing;

/// <summary>
/// The one way harness edits a person's file in place: opened on the bytes it was read from, edited by
/// replacements at offsets of that text, written back atomically only if the file still holds those bytes. The
/// BOM and the file's line ending (CRLF as found) are kept, and no byte outside an edit changes, so a line the
/// author wrote is never rewritten unless an edit is about it.
/// </summary>
public sealed class InPlaceEdit
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    private readonly string _fullPath;
    private readonly byte[]? _original;
    private readonly List<(int Start, int End, string Text)> _edits = [];
    private readonly List<string> _appended = [];

    private InPlaceEdit(string fullPath, string path, byte[]? original, string text)
    {
        _fullPath = fullPath;
        _original = original;
        Path = path;
        Text = text;
        HasBom = original is not null && original.AsSpan().StartsWith(Bom);
        NewLine = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
    }

    /// <summary>The file's repo-relative path, as messages name it.</summary>
    public string Path { get; }

    /// <summary>The text as read, without its BOM; every offset refers to it.</summary>
    public string Text { get; }

    public bool HasBom { get; }

    /// <summary>The line ending the file uses (CRLF kept as found).</summary>
    public string NewLine { get; }

    /// <summary>True when an edit changes the text.</summary>
    public bool Changed => _edits.Count > 0 || _appended.Count > 0;

    /// <summary>
    /// Opens a file on the text it was parsed from; refused when the file on disk no longer holds that text (another
    /// writer changed it since it was read), so an edit is never made on a text the author has moved on from.
    /// </summary>
    public static InPlaceEdit Open(string fullPath, string path, string parsedText)
    {
        var bytes = ReadWhole(fullPath, path);
        var body = bytes.AsSpan(bytes.AsSpan().StartsWith(Bom) ? Bom.Length : 0);
        if (!body.SequenceEqual(Encoding.UTF8.GetBytes(parsedText)))
        {
            throw ChangedOnDisk(path);
        }
        return new InPlaceEdit(fullPath, path, bytes, parsedText);
    }

    /// <summary>Reads a file to edit: strict UTF-8 within the size harness reads; an input error naming it otherwise.</summary>
    public static InPlaceEdit Read(string fullPath, string path)
    {
        var bytes = ReadWhole(fullPath, path);
        if (!SourceFileReader.TryDecode(path, bytes, out var source, out var error))
        {
            throw new HarnessInputException(error!.ToString());
        }
        return new InPlaceEdit(fullPath, path, bytes, source!.Text);
    }

    /// <summary>A file that does not exist yet, to be created holding <paramref name="text"/> and the edits; never written over one that appeared meanwhile.</summary>
    public static InPlaceEdit Create(string fullPath, string path, string text) => new(fullPath, path, null, text);

    /// <summary>Replaces a range; false, and nothing recorded, when the text there is already <paramref name="text"/>.</summary>
    public bool Replace(int start, int end, string text)
    {
        if (start < 0 || end < start || end > Text.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(start), $"{Path}: the range {start}..{end} lies outside the text");
        }
        if (Text.AsSpan(start, end - start).SequenceEqual(text))
        {
            return false;
        }
        _edits.Add((start, end, text));
        return true;
    }

    /// <summary>Inserts text at an offset; false when there is nothing to insert.</summary>
    public bool Insert(int at, string text) => text.Length > 0 && Replace(at, at, text);

    /// <summary>
    /// Adds a block at the end of the file, after every other edit (so lines added to the last section stay in
    /// it), in the order added, with one blank line before it whether or not the file ended with a line break.
    /// </summary>
    public bool AppendAfterAll(string block)
    {
        _appended.Add(block);
        return true;
    }

    /// <summary>The text with every edit applied (no BOM).</summary>
    public string Apply()
    {
        var text = new StringBuilder(Text);
        // Applied from the end, so the offsets of the edits still to come stay valid.
        foreach (var (start, end, replacement) in _edits.OrderByDescending(e => e.Start).ThenByDescending(e => e.End))
        {
            text.Remove(start, end - start).Insert(start, replacement);
        }
        foreach (var block in _appended)
        {
            text.Append(text.Length == 0 ? "" : text[^1] == '\n' ? NewLine : NewLine + NewLine).Append(block);
        }
        return text.ToString();
    }

    /// <summary>The bytes to write: the edited text, its BOM kept.</summary>
    public string Content() => (HasBom ? "\uFEFF" : "") + Apply();

    /// <summary>
    /// Writes the edited file atomically: replaces it only if it still holds the bytes it was read from, creates
    /// it only if nothing is there yet; refused (nothing written) otherwise.
    /// </summary>
    public void Write()
    {
        var content = Content();
        var written = _original is null ? AtomicFile.TryCreate(_fullPath, content) : AtomicFile.TryReplace(_fullPath, _original, content);
        if (!written)
        {
            throw ChangedOnDisk(Path);
        }
    }

    /// <summary>The offset where a 1-based line starts; the end of the text past the last line.</summary>
    public int LineStart(int line)
    {
        var at = 0;
        for (var current = 1; current < line; current++)
        {
            var newline = Text.IndexOf('\n', at);
            if (newline < 0)
            {
                return Text.Length;
            }
            at = newline + 1;
        }
        return at;
    }

    /// <summary>The offset where the line holding <paramref name="at"/> ends, its line break (CR included) excluded.</summary>
    public int LineEnd(int at)
    {
        var newline = Text.IndexOf('\n', at);
        var end = newline < 0 ? Text.Length : newline;
        return end > at && Text[end - 1] == '\r' ? end - 1 : end;
    }

    private static HarnessInputException ChangedOnDisk(string path) =>
        new($"{path}: changed on disk while harness was editing it; nothing written, so no edit is lost. Run the command again");

    /// <summary>The whole file, only if it is a regular file within the size harness reads (no pipe, no device).</summary>
    private static byte[] ReadWhole(string fullPath, string path)
    {
        try
        {
            return RegularFile.ReadSettled(fullPath, SourceFileReader.MaxBytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new HarnessInputException($"{path}: cannot be read: {e.Message}");
        }
    }
}
