namespace Strangler.Migration.Crash.Tests.Support;

/// <summary>
/// Counts over the core's tables that a duplicate or a lost write would change: documents by reference, versions by
/// (reference, number), one event per version, heads at their latest version, one checkpoint per chunk and the
/// checkpoints' own insert counts.
/// </summary>
internal sealed class CoreCounts
{
    public long Documents { get; set; }

    public long DistinctReferences { get; set; }

    public long Versions { get; set; }

    public long DistinctReferenceVersions { get; set; }

    public long Events { get; set; }

    public long VersionsWithSeveralEvents { get; set; }

    public long VersionsWithoutEvent { get; set; }

    public long HeadsNotAtLatestVersion { get; set; }

    public long Checkpoints { get; set; }

    public long DistinctCheckpointChunks { get; set; }

    public long CheckpointInserted { get; set; }

    public long CheckpointSkipped { get; set; }

    public long CheckpointConflicts { get; set; }

    public long Conflicts { get; set; }

    public long Quarantined { get; set; }

    public override string ToString() =>
        $"documents={Documents} (distinct references {DistinctReferences}), versions={Versions} (distinct reference+number {DistinctReferenceVersions}), " +
        $"events={Events} (versions with several {VersionsWithSeveralEvents}, without {VersionsWithoutEvent}), heads off={HeadsNotAtLatestVersion}, " +
        $"checkpoints={Checkpoints} (distinct {DistinctCheckpointChunks}; inserted {CheckpointInserted}, skipped {CheckpointSkipped}, conflicts {CheckpointConflicts}), " +
        $"conflict rows={Conflicts}, quarantined={Quarantined}";
}
