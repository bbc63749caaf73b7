namespace Strangler.Core.Rocars.Bundles;

/// <summary>A bundle already made for a key's MessageId: its ref, the content it was made from, when, and whether it was assessed.</summary>
internal sealed record MadeBundle(string BundleRef, string ContentHash, DateTimeOffset ReceivedAt, bool Decided);
