namespace Strangler.Core.Rocars.Bundles;

/// <summary>The bundle a clearance query chose: its ref, received-at (the instruction's IssuedAt) and kept instruction.</summary>
internal sealed record LiveBundle(string BundleRef, DateTimeOffset ReceivedAt, string? Instruction);
