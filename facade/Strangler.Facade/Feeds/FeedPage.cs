namespace Strangler.Facade.Feeds;

/// <summary>
/// A feed answer as read: the entries, and for EDIFACT the envelope opening as received (UNA and UNB, which belong to
/// the GET that got it) and its interchange ref, which the merged answer reuses.
/// </summary>
internal sealed record FeedPage(IReadOnlyList<FeedEntry> Entries, string EnvelopeOpening, string InterchangeRef)
{
    public static FeedPage Of(IReadOnlyList<FeedEntry> entries) => new(entries, "", "");
}
