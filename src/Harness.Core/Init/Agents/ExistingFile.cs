using Harness.Core.Model.Documents;
using Harness.Core.Model.Text;
using Harness.Core.Model.Writing;

namespace Harness.Core.Init.Agents;

/// <summary>
/// A user's file that harness merges into: read as strict UTF-8 (its BOM remembered), and written back only if
/// nobody changed it in between, so a concurrent edit is never lost.
/// </summary>
internal sealed class ExistingFile
{
    private readonly byte[] _bytes;
    private readonly bool _hasBom;

    private ExistingFile(string fullPath, string relativePath, byte[] bytes, string text)
    {
        FullPath = fullPath;
        RelativePath = relativePath;
        _bytes = bytes;
        _hasBom = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF;
        Text = text;
    }

    public string FullPath { get; }

    public string RelativePath { get; }

    /// <summary>The text without its BOM.</summary>
    public string Text { get; }

    public string Newline => Text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";

    /// <summary>The file, or null when it does not exist; an input error when it is no readable text.</summary>
    public static ExistingFile? Read(string root, string relativePath)
    {
        // The file and every folder above it: a linked CLAUDE.md or .claude/ must not bring outside text into the repo.
        var full = RepoPathGuard.FullPath(root, relativePath);
        DanglingLink.Refuse(root, relativePath);
        if (Directory.Exists(full))
        {
            throw new HarnessInputException($"{relativePath}: is a folder where a file should be; move it away first");
        }
        if (!File.Exists(full))
        {
            return null;
        }
        var bytes = ReadWhole(relativePath, full);
        if (!SourceFileReader.TryDecode(relativePath, bytes, out var text, out var error))
        {
            throw new HarnessInputException(error!.ToString());
        }
        return new ExistingFile(full, relativePath, bytes, text!.Text);
    }

    public void Replace(string newText)
    {
        if (!AtomicFile.TryReplace(FullPath, _bytes, _hasBom ? "\uFEFF" + newText : newText))
        {
            throw new HarnessInputException($"{RelativePath}: changed on disk while harness was merging into it; run the command again");
        }
    }

    /// <summary>The text with <paramref name="addition"/> appended after one blank line.</summary>
    public string Append(string addition)
    {
        if (Text.Length == 0)
        {
            return addition;
        }
        var newline = Newline;
        var trimmed = Text.TrimEnd('\r', '\n');
        return trimmed + newline + newline + addition;
    }

    /// <summary>The whole file, only if it is a regular file within the size harness reads (no pipe, no device).</summary>
    private static byte[] ReadWhole(string relativePath, string fullPath)
    {
        try
        {
            return RegularFile.ReadSettled(fullPath, SourceFileReader.MaxBytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new HarnessInputException($"{relativePath}: cannot be read: {e.Message}");
        }
    }
}
