namespace Strangler.Facade.Feeds;

/// <summary>
/// Where a key's ledger stands: the client's cursor it started at (<paramref name="Base"/>), the last facade cursor
/// given, and the last cursor read from each system's feed.
/// </summary>
internal sealed record FeedPosition(long Base, long Last, long Legacy, long Core);
