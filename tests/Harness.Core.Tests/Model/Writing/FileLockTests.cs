using FluentAssertions;
using Harness.Core.Model.Writing;
using Harness.Core.Tests.Support;

namespace Harness.Core.Tests.Model.Writing;

public sealed class FileLockTests
{
    [Test]
    public void Of_many_writers_that_try_at_the_same_moment_exactly_one_holds_the_lock()
    {
        var root = Path.Combine(Path.GetTempPath(), "harness-core-tests", Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(root);
        try
        {
            for (var round = 0; round < 40; round++)
            {
                var held = new FileLock?[8];
                var refused = new string?[8];
                Simultaneously.Run(8, i =>
                {
                    try
                    {
                        held[i] = FileLock.Acquire(root, "docs/feature-list.md");
                    }
                    catch (HarnessInputException e)
                    {
                        refused[i] = e.Message;
                    }
                });

                held.Count(l => l is not null).Should().Be(1, $"round {round}: one lock, however many writers look for it at once");
                refused.Where(m => m is not null).Should().AllSatisfy(m => m.Should().Contain("is updating it"));
                foreach (var taken in held)
                {
                    taken?.Dispose();
                }
                Directory.GetFiles(Path.Combine(root, "docs")).Should().BeEmpty("no lock and no owner file is left once it is released");
            }
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Test]
    public void Of_many_writers_that_create_one_file_at_the_same_moment_one_succeeds_and_its_content_stays()
    {
        var root = Path.Combine(Path.GetTempPath(), "harness-core-tests", Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(root);
        try
        {
            for (var round = 0; round < 40; round++)
            {
                var path = Path.Combine(root, $"note-{round}.md");
                var created = new bool[8];
                Simultaneously.Run(8, i => created[i] = AtomicFile.TryCreate(path, $"writer {i}\n"));

                created.Count(c => c).Should().Be(1, $"round {round}: a file is created once, never over another writer's");
                File.ReadAllText(path).Should().Be($"writer {Array.IndexOf(created, true)}\n");
            }
            Directory.GetFiles(root).Should().HaveCount(40, "no temporary file is left beside the notes");
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
