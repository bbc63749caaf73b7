namespace Strangler.Migration.Worker.Admin;

/// <summary>Body of a quarantine acceptance: which record (legacy interface and key) and why it is an explained difference.</summary>
internal sealed record AcceptBody(string? Interface, string? LegacyKey, string? Why);
