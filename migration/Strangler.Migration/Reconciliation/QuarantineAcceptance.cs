namespace Strangler.Migration.Reconciliation;

/// <summary>Why a quarantined record is an explained difference, who accepted it (the authenticated operator) and when.</summary>
public sealed record QuarantineAcceptance(string Why, string AcceptedBy, DateTimeOffset AcceptedAt);
