// Every test runs in parallel with every other, each on its own temporary folder; a fixture that sets state of the
// whole process (a static hook such as NoteService.BeforeWrite) is marked [NonParallelizable]. A new fixture
// instance per test keeps a field set in [SetUp] to its own test.
[assembly: Parallelizable(ParallelScope.Children)]
[assembly: LevelOfParallelism(4)]
[assembly: FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
