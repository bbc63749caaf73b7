namespace Strangler.Parity.Data;

/// <summary>
/// One differing record. Hashes are null on the side that lacks the record; for <see cref="DataDifferenceKind.Duplicate"/>
/// the counts say how often the key occurs on each side. The caller fetches both canonical texts to list the fields.
/// </summary>
public sealed record DataDifference(
    string Key,
    DataDifferenceKind Kind,
    ulong? LegacyHash,
    ulong? CoreHash,
    int LegacyOccurrences,
    int CoreOccurrences);
