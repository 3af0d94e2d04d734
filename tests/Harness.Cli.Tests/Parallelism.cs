// Every test runs in parallel with every other: each has its own TempRepo (its own folder and git repo) and runs
// harness in-process with its own writers and working folder, or as a child process. A test that touches state of
// the whole process (environment variables, Console, the current folder, a static hook) is marked
// [NonParallelizable] on its fixture. Many tests wait on child processes (git, the built harness, sh), so more
// workers than cores keeps the two cores busy.
[assembly: Parallelizable(ParallelScope.Children)]
[assembly: LevelOfParallelism(6)]
[assembly: FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
