namespace Strangler.CargoImp.Answers;

/// <summary>One CSN of a key's status feed with the cursor it entered the feed under.</summary>
public sealed record StatusFeedEntry(CustomsStatusNotification Notification, long Cursor);
