using Harness.Cli.Tests.Support;

/// <summary>Runs once around the whole assembly (it is in no namespace): deletes the run's template repos at the end.</summary>
[SetUpFixture]
public sealed class RepoTemplateCleanup
{
    [OneTimeTearDown]
    public void DeleteTemplates() => RepoTemplates.DeleteAll();
}
