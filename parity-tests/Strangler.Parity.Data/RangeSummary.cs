namespace Strangler.Parity.Data;

/// <summary>How many records a side holds in a key range and the order-independent sum (mod 2^64) of their row hashes.</summary>
public readonly record struct RangeSummary(long Count, ulong Checksum);
