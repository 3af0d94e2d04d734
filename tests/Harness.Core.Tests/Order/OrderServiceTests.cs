using Harness.Core.Order;
using Harness.Core.Tests.Support;

namespace Harness.Core.Tests.Order;

public sealed class OrderServiceTests
{
    [Test]
    public void The_plans_merge_order_becomes_steps_naming_their_tracks_and_a_track_whose_dependency_is_unfinished_may_not_merge()
    {
        using var repo = new TaskRepo();

        var sequence = OrderService.Run(repo.Open(), TaskRepo.TaskId, "B");

        sequence.Steps.Select(s => (s.Number, string.Join(",", s.Tracks.Select(t => t.Id)))).Should().Equal((1, "A"), (2, "B"), (3, ""));
        sequence.Check!.MayMerge.Should().BeFalse();
        sequence.Check.Waiting.Select(t => t.Id).Should().Equal("A");
    }
}
