using FluentAssertions;
using Harness.Core.Lint;
using Harness.Core.Model.Text;

namespace Harness.Core.Tests.Lint;

// The pool of shared strings and the heap are the whole process's: another test sharing or collecting meanwhile
// would blur what these assert.
[NonParallelizable]
public sealed class LargeModelCompactionTests
{
    [Test]
    public void A_large_model_is_compacted_and_the_full_pool_of_shared_strings_takes_text_again()
    {
        FillThePool();
        var refused = new string('x', 3) + "-refused";
        SharedStrings.Share(refused).Should().BeSameAs(refused, "a full pool keeps text as written");
        SharedStrings.Share(new string(refused)).Should().NotBeSameAs(refused);
        var collections = GC.CollectionCount(GC.MaxGeneration);

        LargeModelCompaction.After(LargeModelCompaction.MinimumDocuments);

        GC.CollectionCount(GC.MaxGeneration).Should().BeGreaterThan(collections);
        var taken = new string('y', 3) + "-taken";
        SharedStrings.Share(taken).Should().BeSameAs(taken);
        SharedStrings.Share(new string(taken)).Should().BeSameAs(taken, "the emptied pool shares again");
    }

    [Test]
    public void A_small_model_keeps_the_pool_as_it_is()
    {
        var first = new string('z', 3) + "-kept";
        SharedStrings.Release();
        SharedStrings.Share(first).Should().BeSameAs(first);

        LargeModelCompaction.After(LargeModelCompaction.MinimumDocuments - 1);

        SharedStrings.Share(new string(first)).Should().BeSameAs(first, "below the threshold the pool is not emptied");
    }

    [Test]
    public void Text_shared_from_a_span_is_the_pooled_instance_without_a_copy_once_the_pool_has_it()
    {
        SharedStrings.Release();
        var first = SharedStrings.Share("Status: ready".AsSpan(8));
        first.Should().Be("ready");
        SharedStrings.Share("ready, then".AsSpan(0, 5)).Should().BeSameAs(first);
        SharedStrings.Share(ReadOnlySpan<char>.Empty).Should().BeSameAs("");
        var longText = new string('w', 81);
        SharedStrings.Share(longText.AsSpan()).Should().Be(longText).And.NotBeSameAs(SharedStrings.Share(longText.AsSpan()), "text over 80 characters is not pooled");
    }

    private static void FillThePool()
    {
        SharedStrings.Release();
        // More unique strings than the pool's fixed capacity (32,768), so that it is full whatever it held.
        for (var i = 0; i < 40_000; i++)
        {
            SharedStrings.Share("filler-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}
