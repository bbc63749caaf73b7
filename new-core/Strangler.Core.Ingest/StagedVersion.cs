namespace Strangler.Core.Ingest;

/// <summary>
/// A version prepared for storing, in the columns the online path writes: the stored time already in the provider's
/// form, the canonical form with its checksum, the JSON, and (for a version that may create the document row) its kind and mode.
/// </summary>
internal sealed record StagedVersion(
    string Reference,
    int Number,
    string Function,
    object ReceivedAt,
    string Source,
    string ClientKey,
    byte[] CanonicalForm,
    string Checksum,
    string? Json,
    string? Kind,
    string? Mode,
    string Status)
{
    public string EventKind => Function switch
    {
        "Amendment" => "Amended",
        "Cancellation" => "Cancelled",
        _ => "Received",
    };
}
