using System.Data;
using Dapper;
using Strangler.Contracts.CodeLists;

namespace Strangler.Migration.Legacy.Gets;

/// <summary>
/// A selection as SQL parameters: the Hong Kong wall-clock bounds of its days (legacy times are stored without zone, so
/// they compare directly), half-open, and the Rec 19 mode digit when a mode is selected.
/// </summary>
internal sealed record LegacyWindow(DateTime From, DateTime To, string? ModeCode)
{
    public static LegacyWindow Of(LegacySelection selection)
    {
        ArgumentNullException.ThrowIfNull(selection);
        return new(
            selection.FirstDay.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified),
            selection.LastDay.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified),
            selection.Mode is { } mode ? mode.Code().ToString() : null);
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

        return parameters;
    }
}
