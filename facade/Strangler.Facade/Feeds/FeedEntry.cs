namespace Strangler.Facade.Feeds;

/// <summary>
/// One entry of a system's feed as read: its cursor in that system's feed, the reference that says who owns its
/// document (TDEC number, EMAN ref, air waybill; null when it names none), its own time when it carries one, and its
/// bytes without the cursor's value mattering (the writer puts the facade cursor in).
/// </summary>
internal sealed record FeedEntry(long Cursor, string? Reference, DateTimeOffset? At, byte[] Body);
