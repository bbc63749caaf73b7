namespace Strangler.Facade.Feeds;

/// <summary>An entry as the client receives it: the facade cursor and the entry's bytes as its system wrote them.</summary>
internal readonly record struct ServedEntry(long Cursor, byte[] Body);
