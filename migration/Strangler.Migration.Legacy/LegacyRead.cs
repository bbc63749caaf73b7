namespace Strangler.Migration.Legacy;

/// <summary>What a reader yields per legacy document: the mapped document, or the record quarantined with its reason.</summary>
public sealed record LegacyRead
{
    private LegacyRead(LegacyDocument? document, QuarantinedRecord? quarantined)
    {
        Document = document;
        Quarantined = quarantined;
    }

    public LegacyDocument? Document { get; }

    public QuarantinedRecord? Quarantined { get; }

    public static LegacyRead Mapped(LegacyDocument document) => new(document ?? throw new ArgumentNullException(nameof(document)), null);

    public static LegacyRead Quarantine(QuarantinedRecord record) => new(null, record ?? throw new ArgumentNullException(nameof(record)));
}
