using System.Text;

namespace Harness.Core.Tests.Model.Git.InProcess;

/// <summary>
/// The in-process log in crafted repositories: git's answer where it claims one (no commit yet, exact renames, a
/// merge beyond the depth, a folder's history), and git left to answer wherever its walk or diff could differ.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
[Platform("Linux")]
public sealed class CommitLogTests
{
    [Test]
    public void No_commit_yet_is_an_empty_log_as_git_fails()
    {
        using var box = new StatusSandbox();
        LogSandbox.InProcess(box, "", 5).Should().BeEmpty();
        LogSandbox.FromGit(box, "", 5).Should().BeEmpty();
    }

    [Test]
    public void Exact_renames_show_the_new_name_and_empty_commits_do_not_count()
    {
        using var box = new StatusSandbox();
        box.Write("sub/a.txt", "alpha\n");
        box.Write("b.txt", "beta\n");
        LogSandbox.Commit(box, "first");
        box.Git("mv", "sub/a.txt", "sub/renamed.txt");
        LogSandbox.Commit(box, "rename");
        LogSandbox.Commit(box, "empty");
        box.Write("b.txt", "beta 2\n");
        LogSandbox.Commit(box, "outside the folder");

        var mine = LogSandbox.ShouldMatchGit(box, "sub/", 2, "a rename").Mine;
        mine.Should().HaveCount(2).And.Subject.First().Should().EndWith("[rename] renamed.txt");
        LogSandbox.ShouldMatchGit(box, "", 10, "the whole tree").Mine.Should().HaveCount(3);
    }

    [Test]
    public void Files_and_a_folder_of_like_names_come_in_gits_tree_order()
    {
        using var box = new StatusSandbox();
        foreach (var name in new[] { "a-b", "a.txt", "a/x", "a0", "a/b/c", "ノート/y", "b" })
        {
            box.Write(name, name + "\n");
        }
        LogSandbox.Commit(box, "first");
        foreach (var name in new[] { "a-b", "a/x", "a0", "ノート/y" })
        {
            box.Write(name, name + " 2\n");
        }
        File.Delete(Path.Combine(box.Top, "a.txt"));
        File.SetUnixFileMode(Path.Combine(box.Top, "b"), File.GetUnixFileMode(Path.Combine(box.Top, "b")) | UnixFileMode.UserExecute);
        LogSandbox.Commit(box, "second");

        LogSandbox.ShouldMatchGit(box, "", 5, "tree order").Mine.Should().HaveCount(2)
            .And.Subject.First().Should().EndWith("[second] a-b | a.txt | a/x | a0 | b | ノート/y");
    }

    [Test]
    public void A_merge_within_the_depth_is_gits_and_beyond_it_is_read()
    {
        using var box = new StatusSandbox();
        box.Write("a.txt", "a\n");
        LogSandbox.Commit(box, "base");
        box.Git("checkout", "-q", "-b", "side");
        box.Write("b.txt", "b\n");
        LogSandbox.Commit(box, "side");
        box.Git("checkout", "-q", "main");
        box.Write("c.txt", "c\n");
        LogSandbox.Commit(box, "main");
        box.Git("merge", "-q", "--no-ff", "-m", "merge", "side");
        box.Write("d.txt", "d\n");
        LogSandbox.Commit(box, "after");

        LogSandbox.ShouldMatchGit(box, "", 1, "before the merge").Mine.Should().HaveCount(1);
        LogSandbox.InProcess(box, "", 2).Should().BeNull("a merge: git simplifies and orders by date");
    }

    [Test]
    public void A_rename_with_edits_or_an_ambiguous_pairing_is_gits()
    {
        using var box = new StatusSandbox();
        box.Write("a.txt", string.Concat(Enumerable.Repeat("shared line\n", 40)));
        box.Write("x.txt", "same\n");
        box.Write("y.txt", "same\n");
        LogSandbox.Commit(box, "first");
        File.Move(Path.Combine(box.Top, "a.txt"), Path.Combine(box.Top, "b.txt"));
        File.AppendAllText(Path.Combine(box.Top, "b.txt"), "edit\n");
        LogSandbox.Commit(box, "rename with an edit");
        LogSandbox.InProcess(box, "", 1).Should().BeNull("git pairs by similarity");

        File.Move(Path.Combine(box.Top, "x.txt"), Path.Combine(box.Top, "x2.txt"));
        File.Move(Path.Combine(box.Top, "y.txt"), Path.Combine(box.Top, "y2.txt"));
        LogSandbox.Commit(box, "two renames of one blob");
        LogSandbox.InProcess(box, "", 1).Should().BeNull("which pairs git makes is git's");
    }

    [TestCase("diff.renames", "false")]
    [TestCase("diff.renames", "copies")]
    [TestCase("log.showRoot", "false")]
    [TestCase("diff.relative", "true")]
    [TestCase("i18n.logOutputEncoding", "ISO-8859-1")]
    public void Config_that_changes_the_diff_is_gits(string key, string value)
    {
        using var box = new StatusSandbox();
        box.Write("a.txt", "a\n");
        LogSandbox.Commit(box, "first");
        LogSandbox.ShouldMatchGit(box, "", 5, "no config").Mine.Should().NotBeNull();
        box.Git("config", key, value);
        LogSandbox.InProcess(box, "", 5).Should().BeNull();
    }

    [Test]
    public void Harmless_config_is_read_in_process()
    {
        using var box = new StatusSandbox();
        box.Write("a.txt", "a\n");
        LogSandbox.Commit(box, "first");
        box.Git("config", "diff.renames", "true");
        box.Git("config", "log.date", "iso");
        LogSandbox.ShouldMatchGit(box, "", 5, "harmless keys").Mine.Should().NotBeNull();
    }

    [Test]
    public void Shallow_clones_grafts_and_replace_refs_are_gits()
    {
        using var box = new StatusSandbox();
        box.Write("a.txt", "a\n");
        LogSandbox.Commit(box, "first");
        box.Write("a.txt", "b\n");
        LogSandbox.Commit(box, "second");
        var first = box.Git("rev-parse", "HEAD~1").Trim();

        box.Git("replace", "--graft", "HEAD");
        LogSandbox.InProcess(box, "", 5).Should().BeNull("a replace ref");
        box.Git("pack-refs", "--all");
        LogSandbox.InProcess(box, "", 5).Should().BeNull("a packed replace ref");
        box.Git("replace", "-d", box.Git("rev-parse", "HEAD").Trim());
        LogSandbox.ShouldMatchGit(box, "", 5, "no replace ref").Mine.Should().NotBeNull();

        File.WriteAllText(Path.Combine(box.Top, ".git", "shallow"), first + "\n");
        LogSandbox.InProcess(box, "", 5).Should().BeNull("a shallow repository");
        File.Delete(Path.Combine(box.Top, ".git", "shallow"));
        File.WriteAllText(Path.Combine(box.Top, ".git", "info", "grafts"), first + "\n");
        LogSandbox.InProcess(box, "", 5).Should().BeNull("grafts");
    }

    [Test]
    public void Messages_and_paths_git_prints_otherwise_are_gits()
    {
        using var box = new StatusSandbox();
        box.Write("a.txt", "a\n");
        box.Git("-c", "i18n.commitEncoding=ISO-8859-1", "add", "-A");
        box.Git("-c", "i18n.commitEncoding=ISO-8859-1", "commit", "-qm", "latin");
        LogSandbox.InProcess(box, "", 5).Should().BeNull("an encoding header");

        var tree = box.Git("write-tree").Trim();
        // commit-tree would convert the message from Latin-1: the object is written as it is.
        var raw = Path.Combine(box.Container, "raw.txt");
        var header = $"tree {tree}\nauthor A <a@example.com> 1700000000 +0000\ncommitter A <a@example.com> 1700000000 +0000\n\nbad ";
        File.WriteAllBytes(raw, [.. Encoding.ASCII.GetBytes(header), 0xff, (byte)'\n']);
        box.Git("update-ref", "HEAD", box.Git("hash-object", "-t", "commit", "-w", "--literally", raw).Trim());
        LogSandbox.InProcess(box, "", 5).Should().BeNull("a message that is not UTF-8");

        box.Write("q\"uote.txt", "q\n");
        LogSandbox.Commit(box, "quoted path");
        LogSandbox.InProcess(box, "", 1).Should().BeNull("git quotes the path");
    }

    [Test]
    public void Missing_alternate_and_damaged_objects_are_gits()
    {
        using var box = new StatusSandbox();
        box.Write("a.txt", "a\n");
        LogSandbox.Commit(box, "first");
        var tree = box.Git("rev-parse", "HEAD^{tree}").Trim();
        var treeFile = Path.Combine(box.Top, ".git", "objects", tree[..2], tree[2..]);
        var saved = File.ReadAllBytes(treeFile);

        File.Delete(treeFile);
        LogSandbox.InProcess(box, "", 5).Should().BeNull("a missing object (a partial clone would fetch it)");
        File.WriteAllBytes(treeFile, saved[..(saved.Length / 2)]);
        LogSandbox.InProcess(box, "", 5).Should().BeNull("a damaged object");
        File.WriteAllBytes(treeFile, saved);

        box.Git("repack", "-adq");
        var pack = Directory.GetFiles(Path.Combine(box.Top, ".git", "objects", "pack"), "*.pack").Single();
        var packed = File.ReadAllBytes(pack);
        File.WriteAllBytes(pack, packed[..(packed.Length - 40)]);
        LogSandbox.InProcess(box, "", 5).Should().BeNull("a cut pack");
        File.WriteAllBytes(pack, packed);
        LogSandbox.ShouldMatchGit(box, "", 5, "packed").Mine.Should().NotBeNull();

        File.WriteAllText(Path.Combine(box.Top, ".git", "objects", "info", "alternates"), "/nowhere\n");
        LogSandbox.InProcess(box, "", 5).Should().BeNull("alternates");
    }
    [Test]
    public void A_damaged_store_whose_objects_name_themselves_is_gits_not_a_loop()
    {
        using var box = new StatusSandbox();
        box.Write("a.txt", "a\n");
        LogSandbox.Commit(box, "first");
        var realTree = box.Git("rev-parse", "HEAD^{tree}").Trim();
        // Ids are not checked against content: a tree stored under an id it names itself, and a commit its own parent.
        const string selfTree = "abababababababababababababababababababab";
        const string selfCommit = "cdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcd";
        WriteLoose(box, selfTree, "tree", [.. "40000 a\0"u8.ToArray(), .. Convert.FromHexString(selfTree)]);
        WriteLoose(box, selfCommit, "commit", Encoding.UTF8.GetBytes(
            $"tree {realTree}\nparent {selfCommit}\nauthor A <a@b.c> 1 +0000\ncommitter A <a@b.c> 1 +0000\n\nloop\n"));
        var head = Path.Combine(box.Top, ".git", "refs", "heads", "main");

        File.WriteAllText(head, selfCommit + "\n");
        LogSandbox.InProcess(box, "", 5).Should().BeNull("a commit met twice is a damaged history");

        var treeCommit = "efefefefefefefefefefefefefefefefefefefef";
        WriteLoose(box, treeCommit, "commit", Encoding.UTF8.GetBytes(
            $"tree {selfTree}\nauthor A <a@b.c> 1 +0000\ncommitter A <a@b.c> 1 +0000\n\nself tree\n"));
        File.WriteAllText(head, treeCommit + "\n");
        LogSandbox.InProcess(box, "", 5).Should().BeNull("a tree that contains itself has no end");
    }

    private static void WriteLoose(StatusSandbox box, string id, string type, byte[] content)
    {
        var file = Path.Combine(box.Top, ".git", "objects", id[..2], id[2..]);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        using var stream = File.Create(file);
        using var deflated = new System.IO.Compression.ZLibStream(stream, System.IO.Compression.CompressionLevel.Fastest);
        deflated.Write([.. Encoding.ASCII.GetBytes($"{type} {content.Length}\0"), .. content]);
    }
}
