namespace Strangler.Parity.Stores.Records;

/// <summary>One record of one side: its key, the document's kind, and its canonical text after the store rules.</summary>
public sealed record CanonicalRecord(string Key, string Kind, string Canonical);
