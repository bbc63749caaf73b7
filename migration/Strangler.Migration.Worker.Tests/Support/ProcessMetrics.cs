namespace Strangler.Migration.Worker.Tests.Support;

/// <summary>
/// The worker's meter is process-wide, so every host in the test process reports every host's counters: tests that read
/// a unit's counter run one after another with the tests that move that unit.
/// </summary>
[CollectionDefinition(Collection)]
public sealed class ProcessMetrics
{
    public const string Collection = "process-wide metrics";
}
