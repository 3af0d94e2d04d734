using Harness.Core.Guard;
using Harness.Core.Model.Findings;

namespace Harness.Core.Tests.Guard;

public sealed class OwnershipPolicyTests
{
    private static readonly GuardTrack A = new("A", "coder-a", ["src/a/**", "src/common.sh"]);
    private static readonly GuardTrack B = new("B", "coder-b", ["src/b/**", "src/common.sh"]);

    private static ChangedPath Modified(string path) => new(path, ChangeKind.Modified);

    [Test]
    public void A_shared_line_that_names_no_track_gives_the_file_to_the_owner_that_goes_first()
    {
        var policy = new OwnershipPolicy([A, B], [], [new SharedFiles(["src/common.sh"], null)], [], ignoreCase: false);

        policy.Judge(A, Modified("src/common.sh")).Should().BeNull();
        var violation = policy.Judge(B, Modified("src/common.sh"));
        violation!.RuleId.Should().Be(RuleIds.SharedOutOfTurn);
        violation.OwningTrack.Should().Be("A");
        violation.Owner.Should().Be("coder-a");
    }

    [Test]
    public void A_sync_window_opens_only_its_files_and_only_for_its_track()
    {
        var policy = new OwnershipPolicy([A, B], [], [], [new SyncWindow(["src/a/api.sh"], "B")], ignoreCase: false);

        policy.Judge(B, Modified("src/a/api.sh")).Should().BeNull();
        policy.Judge(B, Modified("src/a/other.sh"))!.RuleId.Should().Be(RuleIds.OtherTracksFile);
        policy.Judge(A, Modified("src/a/api.sh")).Should().BeNull("A owns the file anyway");
    }

    [Test]
    public void Free_globs_win_over_ownership_and_unowned_files_are_reported()
    {
        var policy = new OwnershipPolicy([A, B], ["**/*.lock"], [], [], ignoreCase: false);

        policy.Judge(A, Modified("src/b/deps/packages.lock")).Should().BeNull();
        policy.Check(A, [Modified("zzz.txt"), Modified("src/b/x.sh"), Modified("src/a/x.sh")])
            .Select(v => (v.Change.Path, v.RuleId))
            .Should().Equal(("src/b/x.sh", RuleIds.OtherTracksFile), ("zzz.txt", RuleIds.UnownedFile));
    }
}
