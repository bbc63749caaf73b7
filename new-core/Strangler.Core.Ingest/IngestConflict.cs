namespace Strangler.Core.Ingest;

/// <summary>A version not written because a different version is stored (or came earlier in the batch) under the same reference and number.</summary>
public sealed record IngestConflict(string Reference, int VersionNumber);
