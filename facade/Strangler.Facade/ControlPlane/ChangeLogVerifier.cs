namespace Strangler.Facade.ControlPlane;

/// <summary>Walks the change log from the start: each entry's hash must match its fields and link to the previous entry.</summary>
public static class ChangeLogVerifier
{
    public static ChangeLogVerification Verify(IEnumerable<ChangeLogEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var previous = ChangeLogEntry.GenesisHash;
        var expectedSeq = 1L;
        var count = 0;
        foreach (var entry in entries)
        {
            count++;
            if (entry.Seq != expectedSeq)
            {
                return new ChangeLogVerification(false, count, expectedSeq, $"entry {expectedSeq} is missing (found {entry.Seq})");
            }

            if (!string.Equals(entry.PrevHash, previous, StringComparison.Ordinal))
            {
                return new ChangeLogVerification(false, count, entry.Seq, "its previous-hash does not match the entry before it");
            }

            if (!string.Equals(entry.ExpectedHash(), entry.Hash, StringComparison.Ordinal))
            {
                return new ChangeLogVerification(false, count, entry.Seq, "its fields do not match its hash (altered)");
            }

            previous = entry.Hash;
            expectedSeq++;
        }

        return new ChangeLogVerification(true, count, null, null);
    }
}

public sealed record ChangeLogVerification(bool Valid, int Entries, long? BrokenAt, string? Reason)
{
    /// <summary>The last hash of a valid chain, to anchor outside the database (a report, a ticket).</summary>
    public string? HeadHash { get; init; }
}
