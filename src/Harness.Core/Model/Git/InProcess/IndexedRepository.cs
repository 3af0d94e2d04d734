namespace Harness.Core.Model.Git.InProcess;

/// <summary>
/// A repository whose index the in-process readers can take as git's: found from its work tree, owned by the user,
/// its config within what they model, and an index read whole while it did not change, holding only entries they
/// understand: the first step of <see cref="FastStatus"/>; null anywhere else.
/// </summary>
internal sealed record IndexedRepository(GitDirectory Repository, StatusConfig Config, GitIndex Index, StatData IndexStat)
{
    public static IndexedRepository? Open(string topLevel, ProcessEnvironment environment, Func<GitResult>? readConfig)
    {
        if (GitDirectory.Find(topLevel) is not { } repository || !FastStatus.OwnedByUser(topLevel, repository))
        {
            return null;
        }
        var config = StatusConfig.For(repository, topLevel, environment, readConfig);
        if (!config.Supported)
        {
            return null;
        }
        var indexPath = Path.Combine(repository.GitDir, "index");
        if (FileStat.Of(indexPath) is not { Kind: FileKind.Regular } indexStat)
        {
            return null;
        }
        var index = GitIndexReader.Read(File.ReadAllBytes(indexPath));
        // git replaces the index by renaming a new file over it: one that changed while it was read is read by git.
        if (index is null || FileStat.Of(indexPath) != indexStat || !Understood(index))
        {
            return null;
        }
        return new IndexedRepository(repository, config, index, indexStat);
    }

    private static bool Understood(GitIndex index) =>
        !index.HasRequiredExtension
        && index.Entries.All(e => e.Stage == 0 && !e.AssumeValid && !e.SkipWorktree && !e.IntentToAdd && !e.IsGitlink);
}
