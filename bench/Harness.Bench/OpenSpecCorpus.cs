using System.Text;

namespace Harness.Bench;

/// <summary>N OpenSpec changes (proposal, tasks and a spec delta each) that `openspec validate --all` accepts.</summary>
internal static class OpenSpecCorpus
{
    public static string Create(string root, int changes)
    {
        Write(root, "openspec/config.yaml", "schema: spec-driven\n");
        Write(root, "openspec/specs/.gitkeep", "");
        for (var i = 1; i <= changes; i++)
        {
            var folder = $"openspec/changes/add-thing-{i}";
            Write(root, $"{folder}/proposal.md",
                $"## Why\nUsers need thing {i} so that the support desk routes tickets faster than it does today.\n\n## What Changes\n- Add thing {i} to the ticket router.\n\n## Impact\n- Affected specs: cap-{i}\n");
            Write(root, $"{folder}/tasks.md", $"## 1. Implementation\n- [ ] 1.1 Write the router change for thing {i}\n- [ ] 1.2 Add tests for thing {i}\n");
            Write(root, $"{folder}/specs/cap-{i}/spec.md",
                new StringBuilder("## ADDED Requirements\n").Append($"### Requirement: Thing {i} routing\nThe system SHALL route tickets tagged thing-{i} to the thing-{i} queue.\n\n")
                    .Append($"#### Scenario: Tagged ticket\n- **WHEN** a ticket tagged thing-{i} arrives\n- **THEN** it is placed in the thing-{i} queue\n").ToString());
        }
        HarnessCorpus.Git(root, "init", "-q", "-b", "main");
        return root;
    }

    private static void Write(string root, string relative, string text)
    {
        var full = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }
}
