using System.Data;
using Dapper;
using Strangler.Contracts.CodeLists;
using Strangler.Contracts.Time;

namespace Strangler.Migration.Legacy.Gets;

/// <summary>
/// A selection as SQL parameters: the Hong Kong wall-clock bounds of its days (legacy times are stored without zone, so
/// they compare directly), half-open, the Rec 19 mode digit when a mode is selected, and the Hong Kong wall-clock time
/// of <see cref="LegacySelection.ChangedSince"/> when only changed documents are selected.
/// </summary>
internal sealed record LegacyWindow(DateTime From, DateTime To, string? ModeCode, DateTime? Since = null)
{
    public static LegacyWindow Of(LegacySelection selection)
    {
        ArgumentNullException.ThrowIfNull(selection);
        return new(
            selection.FirstDay.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified),
            selection.LastDay.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified),
            selection.Mode is { } mode ? mode.Code().ToString() : null,
            SinceOf(selection));
    }

    /// <summary>The Hong Kong wall-clock time of the selection's <see cref="LegacySelection.ChangedSince"/>, as legacy stores times.</summary>
    public static DateTime? SinceOf(LegacySelection selection) =>
        selection.ChangedSince is { } since ? DateTime.SpecifyKind(HongKongTime.ToHongKong(since).DateTime, DateTimeKind.Unspecified) : null;

    /// <summary>Adds <c>@Since</c> when the selection is of changed documents only.</summary>
    public static void AddSince(DynamicParameters parameters, DateTime? since)
    {
        if (since is { } value)
        {
            parameters.Add("Since", value, DbType.DateTime2);
        }
    }

    /// <summary>
    /// DateTime2: PostgreSQL's <c>timestamp without time zone</c>, SQLite's <c>yyyy-MM-dd HH:mm:ss</c> text (compared as
    /// text with the stored times), an Oracle DATE. Explicit DbType so no process-wide Dapper handler changes them.
    /// </summary>
    public DynamicParameters Parameters()
    {
        var parameters = new DynamicParameters();
        parameters.Add("From", From, DbType.DateTime2);
        parameters.Add("To", To, DbType.DateTime2);
        if (ModeCode is not null)
        {
            parameters.Add("Mode", ModeCode, DbType.AnsiString);
        }

        AddSince(parameters, Since);

        return parameters;
    }
}
