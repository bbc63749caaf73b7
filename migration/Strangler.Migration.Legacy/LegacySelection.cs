using Strangler.Contracts.CodeLists;

namespace Strangler.Migration.Legacy;

/// <summary>
/// Which legacy documents to read: those whose first version (the original) was received on a Hong Kong business day
/// from <see cref="FirstDay"/> to <see cref="LastDay"/> inclusive, of one transport mode or of all. A document belongs
/// to the day of its original for good: its amendments and its cancellation are read with it, whenever they came.
/// </summary>
public sealed record LegacySelection(DateOnly FirstDay, DateOnly LastDay, TransportMode? Mode = null)
{
    public static LegacySelection Day(DateOnly day, TransportMode? mode = null) => new(day, day, mode);

    /// <summary>True when <paramref name="day"/> and <paramref name="mode"/> fall inside the selection.</summary>
    public bool Includes(DateOnly day, TransportMode? mode) =>
        day >= FirstDay && day <= LastDay && (Mode is null || Mode == mode);
}
