namespace Strangler.Facade.Feeds;

/// <summary>One system's answer to a feed GET, read whole (feeds are at most 500 entries).</summary>
internal sealed record SideAnswer(int Status, byte[] Body, string? ContentType);
