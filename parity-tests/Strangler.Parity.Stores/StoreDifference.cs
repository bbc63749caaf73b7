using Strangler.Parity.Data;

namespace Strangler.Parity.Stores;

/// <summary>
/// A record (document version) that differs between the stores: missing from the core, extra in the core, differing,
/// or duplicated on one side; the fields that differ; and for an extra record whose content equals a legacy record under
/// another reference, that record's key (<see cref="DuplicateOf"/>: the same document stored twice).
/// </summary>
public sealed record StoreDifference(
    string Key,
    string Reference,
    int Version,
    string Kind,
    DataDifferenceKind Difference,
    IReadOnlyList<FieldChange> Fields,
    string? DuplicateOf = null);
