using Harness.Core.Model.Artifacts;
using Harness.Core.Model.Findings;

namespace Harness.Core.Lint.Rules.Roles;

/// <summary>
/// An owner whose role (its name before the first '-') the multi-agent playbook's Roles do not list. Without
/// a playbook (or with no Roles in it) the contract's four roles stand in, and a finding is only a warning:
/// the repo has not said which roles it uses.
/// </summary>
public sealed class OwnerRoleUnknownRule : IRule
{
    public string Id => RuleIds.OwnerRoleUnknown;

    public string Name => "owner-role-unknown";

    public Severity DefaultSeverity => Severity.Error;

    public string Summary => "A track's owner names a role that the multi-agent playbook's Roles do not list.";

    public IEnumerable<RuleFinding> Check(LintContext context)
    {
        var playbook = context.Artifacts.OfType<Playbook>().FirstOrDefault(p => p.Roles.Count > 0);
        var roles = playbook?.Roles.Select(r => r.Text).ToList() ?? [.. OwnerRoles.Standard];
        var source = playbook is null
            ? $"the contract's roles (no playbook with Roles at {context.Config.PlaybookPath})"
            : $"the Roles of {playbook.Path}";
        var milder = playbook is null ? Severity.Warning : (Severity?)null;
        foreach (var (_, track) in context.AllTracks.Where(t => !OwnerRoles.IsUnset(t.Track.Owner)))
        {
            var owner = track.Owner!;
            foreach (var role in OwnerRoles.Of(owner.Text).Where(r => !roles.Contains(r)))
            {
                yield return new RuleFinding(owner.Location,
                    $"Track {track.Id} is owned by '{owner.Unwrapped}', whose role '{role}' is not among {source}: {string.Join(", ", roles)}; " +
                    "name the owner after one of them (such as coder-b), or add the role to the playbook",
                    milder);
            }
        }
    }
}
