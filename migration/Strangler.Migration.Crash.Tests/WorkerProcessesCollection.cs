using Strangler.Migration.Crash.Tests.Support;

namespace Strangler.Migration.Crash.Tests;

/// <summary>The test classes that start worker processes share one generated legacy history (the workers only read it).</summary>
[CollectionDefinition(LegacyHistoryFixture.Collection)]
public sealed class WorkerProcessesCollection : ICollectionFixture<LegacyHistoryFixture>;
