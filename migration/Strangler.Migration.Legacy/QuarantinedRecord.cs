using Strangler.Core.Model.Documents;

namespace Strangler.Migration.Legacy;

/// <summary>
/// A legacy record that cannot be mapped to a canonical document, with the reason. Never dropped silently: the
/// backfill stores it in quarantine and data parity counts it.
/// </summary>
public sealed record QuarantinedRecord(SourceInterface Interface, string LegacyKey, DateOnly? Day, string Reason);
