using System.Text;
using Harness.Core.Model.Git.InProcess;

namespace Harness.Core.Tests.Model.Git.InProcess;

/// <summary>
/// The in-process status against `git status --porcelain=v1 -z --untracked-files=all -- .` on real repositories:
/// each scenario must give git's entries exactly, or null where the reader must leave the answer to git.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
[Platform("Linux")]
public sealed class FastStatusTests
{
    private StatusSandbox _box = null!;

    [SetUp]
    public void Create() => _box = new StatusSandbox();

    [TearDown]
    public void Remove() => _box.Dispose();

    private void Committed(params string[] files)
    {
        foreach (var file in files)
        {
            _box.Write(file, "content of " + file + "\n");
        }
        _box.CommitAll();
    }

    [Test]
    public void A_clean_checkout_is_read_in_process()
    {
        Committed("a.txt", "src/b.txt", "src/deep/c.txt");
        _box.ShouldMatchGit().Should().BeEmpty();
    }

    [Test]
    public void Modified_deleted_and_untracked_files_come_back_as_git_gives_them()
    {
        Committed("a.txt", "src/b.txt", "src/deep/c.txt", "z.txt");
        File.AppendAllText(Path.Combine(_box.Top, "a.txt"), "more\n");
        File.Delete(Path.Combine(_box.Top, "src/deep/c.txt"));
        _box.Write("new/folder/n.txt", "n");
        _box.Write("b-untracked.txt", "u");
        _box.ShouldMatchGit().Should().Equal(" M a.txt", " D src/deep/c.txt", "?? b-untracked.txt", "?? new/folder/n.txt");
    }

    [Test]
    public void A_file_turned_into_a_link_is_a_type_change_and_an_exec_bit_a_modification()
    {
        Committed("a.txt", "run.sh", "target.txt");
        File.Delete(Path.Combine(_box.Top, "a.txt"));
        File.CreateSymbolicLink(Path.Combine(_box.Top, "a.txt"), "target.txt");
        File.SetUnixFileMode(Path.Combine(_box.Top, "run.sh"), (UnixFileMode)0b111_101_101);
        _box.ShouldMatchGit().Should().Equal(" T a.txt", " M run.sh");
    }

    [Test]
    public void A_committed_link_is_compared_by_its_target()
    {
        _box.Write("target.txt", "t");
        File.CreateSymbolicLink(Path.Combine(_box.Top, "link"), "target.txt");
        _box.CommitAll();
        _box.ShouldMatchGit().Should().BeEmpty();
        File.Delete(Path.Combine(_box.Top, "link"));
        File.CreateSymbolicLink(Path.Combine(_box.Top, "link"), "other.txt");
        _box.ShouldMatchGit().Should().Equal(" M link");
        File.Delete(Path.Combine(_box.Top, "link"));
        _box.Write("link", "a file now");
        _box.ShouldMatchGit().Should().Equal(" T link");
    }

    [Test]
    public void Same_size_content_with_the_mtime_put_back_is_seen_through_the_ctime()
    {
        Committed("a.txt");
        var path = Path.Combine(_box.Top, "a.txt");
        var mtime = File.GetLastWriteTimeUtc(path);
        Thread.Sleep(20);
        File.WriteAllText(path, "CONTENT OF a.txt\n");
        File.SetLastWriteTimeUtc(path, mtime);
        _box.ShouldMatchGit().Should().Equal(" M a.txt");
    }

    [Test]
    public void An_index_whose_checksum_is_wrong_is_read_as_git_status_reads_it()
    {
        // git checks the index's trailing SHA-1 only in `git fsck`; status reads the entries regardless.
        Committed("a.txt", "src/b.txt");
        _box.Write("a.txt", "changed\n");
        var index = Path.Combine(_box.Top, ".git", "index");
        var bytes = File.ReadAllBytes(index);
        bytes[^1] ^= 0xFF;
        File.WriteAllBytes(index, bytes);

        _box.ShouldMatchGit().Should().Equal(" M a.txt");
    }

    [Test]
    public void A_same_size_rewrite_within_the_second_git_last_saw_is_left_to_git()
    {
        // The file's mtime lies well before the index's, so the entry is not racily clean. Its ctime is the moment the
        // mtime was set; the rewrite below falls in that same second. git built as most systems build it compares
        // times to the second, sees nothing and says clean; git built with USE_NSEC sees the ctime move and says
        // modified. The reader cannot know which git is installed, so it leaves the answer to git.
        Thread.Sleep(1000 - DateTime.UtcNow.Millisecond + 50);
        var path = Path.Combine(_box.Top, "a.txt");
        _box.Write("a.txt", "content of a.txt\n");
        var mtime = DateTime.UtcNow.AddSeconds(-10);
        mtime = mtime.AddTicks(-(mtime.Ticks % TimeSpan.TicksPerSecond));
        File.SetLastWriteTimeUtc(path, mtime);
        _box.CommitAll();
        File.WriteAllText(path, "CONTENT OF a.txt\n");
        File.SetLastWriteTimeUtc(path, mtime);

        _box.Fast().Should().BeNull("the answer depends on how the installed git was built");
        _box.GitEntries().Should().BeSubsetOf([" M a.txt"]);
    }

    [Test]
    public void A_file_edited_right_after_the_index_was_written_is_hashed_not_trusted()
    {
        for (var round = 0; round < 5; round++)
        {
            _box.Write("a.txt", $"round {round}\n");
            _box.CommitAll();
            _box.Write("a.txt", $"ROUND {round}\n"); // same size, same second as the index write
            _box.ShouldMatchGit().Should().Equal(" M a.txt");
        }
    }

    [Test]
    public void A_touched_file_with_the_same_content_is_unchanged()
    {
        Committed("a.txt");
        File.SetLastWriteTimeUtc(Path.Combine(_box.Top, "a.txt"), DateTime.UtcNow.AddMinutes(5));
        _box.ShouldMatchGit().Should().BeEmpty();
    }

    [Test]
    public void A_folder_where_a_file_was_is_a_deletion_with_its_files_untracked()
    {
        Committed("a", "b/c.txt", "keep.txt");
        File.Delete(Path.Combine(_box.Top, "a"));
        _box.Write("a/inside.txt", "i");
        Directory.Delete(Path.Combine(_box.Top, "b"), recursive: true);
        _box.Write("b", "now a file");
        _box.ShouldMatchGit().Should().Equal(" D a", " D b/c.txt", "?? a/inside.txt", "?? b");
    }

    [Test]
    public void A_file_behind_a_linked_folder_counts_as_removed()
    {
        Committed("d/f.txt", "real/f.txt");
        Directory.Delete(Path.Combine(_box.Top, "d"), recursive: true);
        Directory.CreateSymbolicLink(Path.Combine(_box.Top, "d"), "real");
        _box.ShouldMatchGit().Should().Equal(" D d/f.txt", "?? d");
    }

    [Test]
    public void Unicode_and_space_names_are_given_back_as_git_spells_them()
    {
        Committed("メモ/ノート.md", "with space.txt", "ü.txt");
        File.AppendAllText(Path.Combine(_box.Top, "メモ/ノート.md"), "追記\n");
        _box.Write("新しい フォルダ/ファイル 1.txt", "x");
        _box.Write("z\u00e9.txt", "x");
        _box.Write("\U0001F600.txt", "emoji");
        _box.Write("\uFB01.txt", "ligature");
        _box.ShouldMatchGit().Should().HaveCount(5);
    }

    [Test]
    public void Only_files_under_the_prefix_are_given()
    {
        Committed("app/a.txt", "app/src/b.txt", "outside.txt", "app-sibling/c.txt");
        File.AppendAllText(Path.Combine(_box.Top, "app/a.txt"), "x");
        File.AppendAllText(Path.Combine(_box.Top, "outside.txt"), "x");
        File.AppendAllText(Path.Combine(_box.Top, "app-sibling/c.txt"), "x");
        _box.Write("app/new.txt", "n");
        _box.Write("loose.txt", "n");
        _box.ShouldMatchGit("app/").Should().Equal(" M app/a.txt", "?? app/new.txt");
    }

    [Test]
    public void The_prefix_parents_gitignore_applies_and_an_ignored_prefix_lists_nothing()
    {
        Committed("app/a.txt", "other/b.txt");
        _box.Write(".gitignore", "*.log\nother/\n");
        _box.Write("app/x.log", "l");
        _box.Write("app/y.txt", "y");
        _box.Write("other/new.txt", "n");
        _box.ShouldMatchGit("app/").Should().Equal("?? app/y.txt");
        _box.ShouldMatchGit("other/").Should().BeEmpty();
    }

    [Test]
    public void Nested_gitignores_with_negations_double_stars_folder_only_and_anchored_patterns()
    {
        Committed("keep.txt");
        _box.Write(".gitignore", "*.log\n!important.log\nbuild/\n/root-only.txt\ndocs/**/*.tmp\n**/cache\nlogs/**\n!logs/keep/\n#comment\n\\#hash\ntrailing.txt   \nescaped\\ \n");
        _box.Write("sub/.gitignore", "!*.log\nlocal.txt\n/anchored.txt\n");
        foreach (var file in new[]
                 {
                     "a.log", "important.log", "sub/b.log", "sub/deep/c.log", "build/out.bin", "sub/build/out.bin", "build",
                     "root-only.txt", "sub/root-only.txt", "docs/a/b/x.tmp", "docs/x.tmp", "x.tmp", "cache/f", "sub/cache/f",
                     "logs/a.txt", "logs/keep/b.txt", "#hash", "trailing.txt", "escaped ", "sub/local.txt", "sub/deep/local.txt",
                     "sub/anchored.txt", "sub/deep/anchored.txt", "plain.txt",
                 })
        {
            if (file != "build")
            {
                _box.Write(file, "x");
            }
        }
        _box.ShouldMatchGit();
    }

    [Test]
    public void An_ignored_folder_is_not_entered_so_a_negated_file_inside_stays_ignored()
    {
        Committed("keep.txt");
        _box.Write(".gitignore", "out/\n!out/wanted.txt\nlib/*\n!lib/wanted.txt\n");
        _box.Write("out/wanted.txt", "w");
        _box.Write("lib/wanted.txt", "w");
        _box.Write("lib/other.txt", "o");
        _box.ShouldMatchGit().Should().Equal("?? .gitignore", "?? lib/wanted.txt");
    }

    [Test]
    public void Tracked_files_in_an_ignored_folder_still_show_their_changes()
    {
        Committed("vendor/lib.txt", "vendor/gone.txt");
        _box.Write(".gitignore", "vendor/\n");
        _box.CommitAll();
        File.AppendAllText(Path.Combine(_box.Top, "vendor/lib.txt"), "patched\n");
        File.Delete(Path.Combine(_box.Top, "vendor/gone.txt"));
        _box.Write("vendor/new.txt", "n");
        _box.ShouldMatchGit().Should().Equal(" D vendor/gone.txt", " M vendor/lib.txt");
    }

    [Test]
    public void Info_exclude_and_a_global_excludes_file_apply_in_git_order()
    {
        Committed("keep.txt");
        _box.Write(".git/info/exclude", "*.secret\n!shown.private\n");
        _box.Write(".config/git/ignore", "*.private\n*.global\n", _box.Home);
        _box.Write("a.secret", "s");
        _box.Write("b.private", "p");
        _box.Write("shown.private", "p");
        _box.Write("c.global", "g");
        _box.Write(".gitignore", "!c.global\n");
        _box.ShouldMatchGit().Should().Equal("?? .gitignore", "?? c.global", "?? shown.private");
    }

    [Test]
    public void Core_excludes_file_replaces_the_default_one()
    {
        Committed("keep.txt");
        _box.Write(".config/git/ignore", "*.default\n", _box.Home);
        _box.Write("my-ignore", "*.mine\n", _box.Home);
        _box.Git("config", "core.excludesFile", "~/my-ignore");
        _box.Write("a.default", "d");
        _box.Write("b.mine", "m");
        _box.ShouldMatchGit().Should().Equal("?? a.default");
    }

    [Test]
    public void A_linked_work_tree_is_read_from_its_own_index_and_head()
    {
        Committed("a.txt", "src/b.txt");
        var tree = Path.Combine(_box.Container, "linked");
        _box.Git("worktree", "add", "-q", "-b", "feature", tree);
        _box.ShouldMatchGit(top: tree).Should().BeEmpty();
        File.AppendAllText(Path.Combine(tree, "src/b.txt"), "x");
        _box.Write("new.txt", "n", tree);
        _box.ShouldMatchGit(top: tree).Should().Equal(" M src/b.txt", "?? new.txt");
        _box.CommitAll(tree);
        _box.ShouldMatchGit(top: tree).Should().BeEmpty();
        _box.ShouldMatchGit().Should().BeEmpty();
    }

    [Test]
    public void Packed_refs_and_packed_commits_are_read()
    {
        Committed("a.txt");
        _box.Git("gc", "-q");
        File.Exists(Path.Combine(_box.Top, ".git/packed-refs")).Should().BeTrue();
        File.AppendAllText(Path.Combine(_box.Top, "a.txt"), "x");
        _box.ShouldMatchGit().Should().Equal(" M a.txt");
    }

    [Test]
    public void A_detached_head_and_index_versions_three_and_four_are_read()
    {
        Committed("a.txt", "dir/sub/b.txt", "dir/sub/c.txt");
        _box.Git("checkout", "-q", "--detach");
        _box.Git("update-index", "--index-version", "4");
        _box.Git("commit", "-q", "--allow-empty", "-m", "keep the cache tree");
        File.AppendAllText(Path.Combine(_box.Top, "dir/sub/c.txt"), "x");
        _box.ShouldMatchGit().Should().Equal(" M dir/sub/c.txt");
        _box.Git("update-index", "--index-version", "3");
        _box.Git("commit", "-q", "--allow-empty", "-m", "again");
        _box.ShouldMatchGit().Should().Equal(" M dir/sub/c.txt");
    }

    [Test]
    public void A_staged_change_is_left_to_git()
    {
        Committed("a.txt");
        File.AppendAllText(Path.Combine(_box.Top, "a.txt"), "x");
        _box.Git("add", "a.txt");
        _box.ShouldFallBack();
    }

    [Test]
    public void An_unmerged_index_is_left_to_git()
    {
        Committed("a.txt");
        _box.Git("checkout", "-q", "-b", "other");
        _box.Write("a.txt", "other side\n");
        _box.CommitAll();
        _box.Git("checkout", "-q", "main");
        _box.Write("a.txt", "main side\n");
        _box.CommitAll();
        Assert.Throws<InvalidOperationException>(() => _box.Git("merge", "-q", "other"));
        _box.ShouldFallBack();
    }

    [TestCase("core.autocrlf", "true")]
    [TestCase("core.autocrlf", "input")]
    [TestCase("core.ignorecase", "true")]
    [TestCase("core.filemode", "false")]
    [TestCase("core.symlinks", "false")]
    [TestCase("core.sparseCheckout", "true")]
    [TestCase("core.attributesFile", "/tmp/none")]
    [TestCase("core.fsmonitor", "true")]
    [TestCase("core.checkStat", "minimal")]
    [TestCase("core.trustctime", "false")]
    public void Config_the_reader_does_not_model_is_left_to_git(string key, string value)
    {
        Committed("a.txt");
        _box.Git("config", key, value);
        _box.ShouldFallBack();
    }

    [Test]
    public void Config_from_an_included_file_is_read_again_each_time()
    {
        Committed("a.txt");
        var extra = _box.Write("extra.config", "[core]\n\tautocrlf = true\n", _box.Home);
        _box.Git("config", "include.path", extra);
        _box.ShouldFallBack();
        _box.Write("extra.config", "[core]\n\tautocrlf = false\n", _box.Home);
        _box.ShouldMatchGit().Should().BeEmpty();
    }

    [Test]
    public void Config_with_git_defaults_spelled_out_is_read_in_process()
    {
        Committed("a.txt");
        _box.Git("config", "core.autocrlf", "false");
        _box.Git("config", "core.ignorecase", "no");
        _box.Git("config", "core.untrackedCache", "true");
        _box.ShouldMatchGit().Should().BeEmpty();
    }

    [TestCase("*.txt filter=lfs")]
    [TestCase("*.txt ident")]
    [TestCase("*.txt working-tree-encoding=UTF-16")]
    [TestCase("[attr]mine text")]
    public void Attributes_that_may_change_content_anywhere_the_status_looks_are_left_to_git(string line)
    {
        Committed("a.txt", "sub/b.txt");
        _box.Write("sub/.gitattributes", line + "\n");
        _box.ShouldFallBack();
        File.Delete(Path.Combine(_box.Top, "sub/.gitattributes"));
        _box.Write(".git/info/attributes", line + "\n");
        _box.ShouldFallBack();
        File.Delete(Path.Combine(_box.Top, ".git/info/attributes"));
        _box.Write(".config/git/attributes", line + "\n", _box.Home);
        _box.ShouldFallBack();
    }

    [TestCase("handwritten/** -text")]
    [TestCase("* text=auto eol=lf")]
    [TestCase("*.md text diff=markdown\n*.png binary")]
    public void Line_ending_attributes_are_read_in_process_and_files_with_carriage_returns_left_to_git(string lines)
    {
        Committed("a.txt", "handwritten/b.md", "c.md");
        _box.Write(".gitattributes", lines + "\n");
        _box.CommitAll();
        File.AppendAllText(Path.Combine(_box.Top, "c.md"), "more\n");
        _box.Write("handwritten/new.md", "n");
        _box.ShouldMatchGit().Should().Equal(" M c.md", "?? handwritten/new.md");
        File.AppendAllText(Path.Combine(_box.Top, "c.md"), "windows\r\n");
        _box.ShouldMatchGit().Should().Equal(" M c.md", "?? handwritten/new.md"); // a new size needs no hash
        _box.Write("a.txt", "content of a.tx\r\n"); // the same size: only the content can tell
        _box.ShouldFallBack();
    }

    [Test]
    public void Git_variables_that_redirect_it_are_left_to_git_and_harmless_ones_are_not()
    {
        Committed("a.txt");
        _box.Variables["GIT_AUTHOR_NAME"] = "Someone";
        _box.Variables["GIT_PAGER"] = "cat";
        _box.Variables["GIT_SSL_CAINFO"] = "/etc/ssl/certs/ca-certificates.crt";
        _box.Variables["GIT_SSH_COMMAND"] = "ssh";
        _box.ShouldMatchGit().Should().BeEmpty();
        foreach (var name in new[] { "GIT_INDEX_FILE", "GIT_DIR", "GIT_WORK_TREE", "GIT_OBJECT_DIRECTORY", "GIT_CONFIG_GLOBAL", "GIT_CONFIG_COUNT" })
        {
            var box = new Dictionary<string, string>(_box.Variables) { [name] = "x" };
            FastStatus.TryRead(_box.Top, "", new ProcessEnvironment(box), p => p).Should().BeNull(name + " redirects git");
        }
    }

    [Test]
    public void A_nested_repository_is_left_to_git()
    {
        Committed("a.txt");
        Directory.CreateDirectory(Path.Combine(_box.Top, "nested"));
        _box.GitIn(Path.Combine(_box.Top, "nested"), "init", "-q");
        _box.ShouldFallBack();
    }

    [Test]
    public void A_fresh_repository_is_left_to_git_until_its_index_is_empty_and_nothing_is_staged()
    {
        _box.Write("a.txt", "a");
        _box.ShouldFallBack(); // no index file yet
        _box.Git("add", "a.txt");
        _box.ShouldFallBack(); // unborn HEAD with an entry staged
        _box.Git("rm", "-q", "--cached", "a.txt");
        _box.ShouldMatchGit().Should().Equal("?? a.txt"); // unborn HEAD, empty index: nothing staged
    }

    [Test]
    public void A_gitignore_with_a_byte_order_mark_has_its_first_line_read()
    {
        Committed("keep.txt");
        File.WriteAllBytes(Path.Combine(_box.Top, ".gitignore"), [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("*.log\n")]);
        _box.Write("a.log", "l");
        _box.ShouldMatchGit().Should().Equal("?? .gitignore");
    }
}
