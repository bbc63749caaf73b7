// The crash tests start worker processes and kill them: one test class at a time keeps the 2-core machine's timings sane.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
