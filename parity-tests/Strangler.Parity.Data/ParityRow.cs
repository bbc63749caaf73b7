namespace Strangler.Parity.Data;

/// <summary>One record of a side: its key and the hash of its key and canonical form.</summary>
public readonly record struct ParityRow(string Key, ulong RowHash);
