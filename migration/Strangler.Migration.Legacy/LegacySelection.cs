using Strangler.Contracts.CodeLists;

namespace Strangler.Migration.Legacy;

/// <summary>
/// Which legacy documents to read: those whose first version (the original) was received on a Hong Kong business day
/// from <see cref="FirstDay"/> to <see cref="LastDay"/> inclusive, of one transport mode or of all. A document belongs
/// to the day of its original for good: its amendments and its cancellation are read with it, whenever they came.
/// With <see cref="ChangedSince"/>, only those of them having a version received at or after that instant (the
/// backfill's catch-up of legacy changes made after a chunk ran), each still read whole.
/// </summary>
public sealed record LegacySelection(DateOnly FirstDay, DateOnly LastDay, TransportMode? Mode = null)
{
    /// <summary>Null: every document of the window. Otherwise only documents with a version received at or after it.</summary>
    public DateTimeOffset? ChangedSince { get; init; }

    public static LegacySelection Day(DateOnly day, TransportMode? mode = null) => new(day, day, mode);

    /// <summary>True when <paramref name="day"/> and <paramref name="mode"/> fall inside the selection.</summary>
    public bool Includes(DateOnly day, TransportMode? mode) =>
        day >= FirstDay && day <= LastDay && (Mode is null || Mode == mode);
}
