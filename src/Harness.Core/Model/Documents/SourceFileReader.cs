using System.Text;
using Harness.Core.Model.Text;

namespace Harness.Core.Model.Documents;

/// <summary>
/// Reads an artifact file as strict UTF-8 and refuses, with a one-line reason naming the path and line,
/// what is no text: binary files, invalid UTF-8, folders where a file should be, links that leave the repo,
/// and files past the size limit.
/// </summary>
public static class SourceFileReader
{
    /// <summary>Artifacts are hand-written Markdown; anything larger is a mistake, not a document.</summary>
    public const long MaxBytes = 16L * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static bool TryRead(string repoRoot, string relativePath, out SourceText? text, out InputError? error) =>
        TryRead(new RepoFolderGuard(repoRoot), relativePath, out text, out error);

    /// <summary>Reads a file of the repo <paramref name="repo"/> guards, its folders checked once per command call.</summary>
    public static bool TryRead(RepoFolderGuard repo, string relativePath, out SourceText? text, out InputError? error)
    {
        text = null;
        var repoRoot = repo.Root;
        var fullPath = System.IO.Path.Combine(repoRoot, relativePath);
        // The folders above the file first (a linked tasks/ would lead every read out); the file itself is Check's.
        if (repo.Refusal(relativePath, checkLast: false) is { } refusal)
        {
            error = new InputError(new SourceLocation(relativePath, 0, 0), refusal);
            return false;
        }
        if (RegularFile.TryReadPlain(fullPath, MaxBytes) is { } plain)
        {
            return TryDecode(relativePath, plain, out text, out error);
        }
        error = Check(repoRoot, fullPath, relativePath);
        if (error is not null)
        {
            return false;
        }

        byte[] bytes;
        try
        {
            bytes = RegularFile.ReadAll(fullPath, MaxBytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error = new InputError(new SourceLocation(relativePath, 0, 0), $"cannot be read: {e.Message}");
            return false;
        }

        return TryDecode(relativePath, bytes, out text, out error);
    }

    public static bool TryDecode(string relativePath, byte[] bytes, out SourceText? text, out InputError? error)
    {
        text = null;
        error = null;
        var nul = Array.IndexOf(bytes, (byte)0);
        if (nul >= 0)
        {
            error = new InputError(new SourceLocation(relativePath, LineOfByte(bytes, nul), 0),
                "is a binary file (it holds a NUL byte), not Markdown text; restore it from git or write it again");
            return false;
        }

        try
        {
            var decoded = StrictUtf8.GetString(bytes);
            if (decoded.Length > 0 && decoded[0] == '\uFEFF')
            {
                decoded = decoded[1..];
            }
            text = new SourceText(relativePath, decoded);
            return true;
        }
        catch (DecoderFallbackException e)
        {
            var line = e.Index >= 0 ? LineOfByte(bytes, e.Index) : FirstInvalidLine(bytes);
            error = new InputError(new SourceLocation(relativePath, line, 0),
                "is not valid UTF-8; save the file as UTF-8");
            return false;
        }
    }

    private static InputError? Check(string repoRoot, string fullPath, string relativePath)
    {
        // The common case first, from one lstat: a plain file (no folder, no link) within the size limit.
        var plain = new FileInfo(fullPath);
        if (plain.Exists && (plain.Attributes & (FileAttributes.Directory | FileAttributes.ReparsePoint)) == 0 && plain.Length <= MaxBytes)
        {
            return null;
        }
        var at = new SourceLocation(relativePath, 0, 0);
        if (Directory.Exists(fullPath))
        {
            return new InputError(at, "is a folder where a file should be");
        }
        FileInfo info;
        try
        {
            info = new FileInfo(fullPath);
            if (!info.Exists)
            {
                return new InputError(at, "does not exist");
            }
            if (info.LinkTarget is not null)
            {
                var target = info.ResolveLinkTarget(returnFinalTarget: true);
                if (target is null || !target.Exists)
                {
                    return new InputError(at, "is a symbolic link to nothing");
                }
                if (!RepoPaths.IsInside(repoRoot, target.FullName))
                {
                    return new InputError(at, "is a symbolic link that leaves the repo; harness reads no file outside it");
                }
                if (target is DirectoryInfo)
                {
                    return new InputError(at, "is a link to a folder where a file should be");
                }
                info = new FileInfo(target.FullName);
            }
        }
        catch (IOException e)
        {
            return new InputError(at, $"cannot be followed ({e.Message}); a symbolic link loop?");
        }
        if (info.Length > MaxBytes)
        {
            return new InputError(at, $"is {info.Length / (1024 * 1024)} MB, past the {MaxBytes / (1024 * 1024)} MB limit for an artifact; split it");
        }
        return null;
    }

    private static int LineOfByte(byte[] bytes, int index)
    {
        var line = 1;
        for (var i = 0; i < index && i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                line++;
            }
        }
        return line;
    }

    private static int FirstInvalidLine(byte[] bytes)
    {
        var decoder = StrictUtf8.GetDecoder();
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i <= bytes.Length; i++)
        {
            if (i == bytes.Length || bytes[i] == (byte)'\n')
            {
                try
                {
                    decoder.Reset();
                    decoder.GetCharCount(bytes, lineStart, i - lineStart, flush: true);
                }
                catch (DecoderFallbackException)
                {
                    return line;
                }
                line++;
                lineStart = i + 1;
            }
        }
        return 1;
    }
}
