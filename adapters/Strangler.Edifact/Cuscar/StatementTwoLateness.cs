using Strangler.Contracts.Time;

namespace Strangler.Edifact.Cuscar;

/// <summary>
/// A Statement 2 is late (<c>GIS+LT</c> in the acknowledgement) when the received-at date is after
/// the date of the arrival or departure plus 14 days; each version is judged at its own received-at.
/// </summary>
public static class StatementTwoLateness
{
    public const int AllowedDays = 14;

    /// <summary>The bare rule on dates: received on the event date + 14 days is on time, a day later is late.</summary>
    public static bool IsLate(DateOnly eventDate, DateTimeOffset receivedAt) =>
        HongKongTime.Date(receivedAt) > eventDate.AddDays(AllowedDays);

    /// <summary>The rule for a manifest: only Statement 2 originals and amendments can be late.</summary>
    public static bool IsLate(CuscarManifest manifest, DateTimeOffset receivedAt)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        return manifest.Statement == StatementType.Statement2 &&
            manifest.Function != ManifestFunction.Cancellation &&
            ManifestNumbers.TryDateTime(manifest.EventDateTime, out var at) &&
            IsLate(DateOnly.FromDateTime(at.DateTime), receivedAt);
    }
}
