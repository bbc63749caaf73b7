namespace Strangler.RocarsXml.Documents;

/// <summary>
/// An ACI lodgement, amendment or cancellation (POST /aci and /ssdd). <see cref="Ccrn"/> is set for
/// AMEND and CANCEL only, <see cref="Source"/> on /ssdd only, and <see cref="Lodgement"/> is null
/// exactly for CANCEL. The CCRN is kept as sent so that a malformed one can be reported as R020.
/// </summary>
public sealed record AciSubmission(string MessageId, AciFunction Function, string? Ccrn, string? Source, Lodgement? Lodgement);
