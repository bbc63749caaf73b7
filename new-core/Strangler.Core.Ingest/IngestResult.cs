namespace Strangler.Core.Ingest;

/// <summary>
/// What one <see cref="BulkIngest.IngestAsync"/> call did: versions stored now, versions already stored with the same
/// checksum (skipped), and versions whose (reference, number) is stored with a different checksum (not written).
/// </summary>
public sealed record IngestResult(int Inserted, int Skipped, IReadOnlyList<IngestConflict> Conflicts);
