using System.Data;
using System.Globalization;
using Dapper;
using Microsoft.Data.Sqlite;
using Strangler.Contracts.Time;

namespace Strangler.Legacy.Platform.Store;

/// <summary>
/// Legacy stores keep times as Hong Kong local time without a zone, to the second (SQLite TEXT
/// <c>yyyy-MM-dd HH:mm:ss</c>, PostgreSQL <c>timestamp without time zone</c>, Oracle <c>DATE</c>). A
/// <see cref="DateTimeOffset"/> given to Dapper is stored that way and read back at +08:00; fractions of a
/// second are dropped (received-at is whole seconds anyway). A <see cref="DateOnly"/> (a Hong Kong calendar date)
/// is stored as SQLite TEXT <c>yyyy-MM-dd</c> or PostgreSQL <c>date</c>.
/// </summary>
public static class HongKongLocalTime
{
    public const string TextFormat = "yyyy-MM-dd HH:mm:ss";

    private static readonly Lock Gate = new();
    private static bool _registered;

    /// <summary>The Hong Kong wall-clock time of an instant, to the second, with no zone.</summary>
    public static DateTime ToStored(DateTimeOffset instant)
    {
        var local = HongKongTime.TruncateToSeconds(HongKongTime.ToHongKong(instant)).DateTime;
        return DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
    }

    /// <summary>The SQLite text form.</summary>
    public static string ToText(DateTimeOffset instant) => ToStored(instant).ToString(TextFormat, CultureInfo.InvariantCulture);

    /// <summary>A stored value (DateTime from PostgreSQL, text from SQLite) as the instant at +08:00.</summary>
    public static DateTimeOffset FromStored(object value) => value switch
    {
        DateTime dateTime => HongKongTime.FromLocal(dateTime),
        string text => HongKongTime.FromLocal(DateTime.ParseExact(text, [TextFormat, "yyyy-MM-dd HH:mm:ss.FFFFFFF", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd"],
            CultureInfo.InvariantCulture, DateTimeStyles.None)),
        DateTimeOffset instant => HongKongTime.ToHongKong(instant),
        _ => throw new InvalidCastException($"Cannot read a Hong Kong local time from {value.GetType().Name}."),
    };

    /// <summary>A stored date (DateOnly or DateTime from PostgreSQL, text from SQLite).</summary>
    public static DateOnly DateFromStored(object value) => value switch
    {
        DateOnly date => date,
        DateTime dateTime => DateOnly.FromDateTime(dateTime),
        string text => DateOnly.FromDateTime(DateTime.ParseExact(text, ["yyyy-MM-dd", TextFormat], CultureInfo.InvariantCulture, DateTimeStyles.None)),
        _ => throw new InvalidCastException($"Cannot read a date from {value.GetType().Name}."),
    };

    /// <summary>Makes Dapper store and read <see cref="DateTimeOffset"/> and <see cref="DateOnly"/> values this way (once per process).</summary>
    public static void RegisterWithDapper()
    {
        // Every caller returns only once the handlers are in place: Dapper builds and caches a statement's parameter
        // writer the first time the statement runs, so a query that ran while another thread was still registering
        // would write this type without the handler for the rest of the process.
        lock (Gate)
        {
            if (_registered)
            {
                return;
            }

            // Dapper's built-in type map wins over handlers for parameters; without the entry the handler is used both ways.
            SqlMapper.RemoveTypeMap(typeof(DateTimeOffset));
            SqlMapper.RemoveTypeMap(typeof(DateTimeOffset?));
            SqlMapper.RemoveTypeMap(typeof(DateOnly));
            SqlMapper.RemoveTypeMap(typeof(DateOnly?));
            SqlMapper.AddTypeHandler(new DapperHandler());
            SqlMapper.AddTypeHandler(new DateHandler());
            _registered = true;
        }
    }

    private sealed class DapperHandler : SqlMapper.TypeHandler<DateTimeOffset>
    {
        public override void SetValue(IDbDataParameter parameter, DateTimeOffset value)
        {
            if (parameter is SqliteParameter)
            {
                parameter.DbType = DbType.String;
                parameter.Value = ToText(value);
            }
            else
            {
                parameter.DbType = DbType.DateTime2; // Npgsql: timestamp without time zone (DbType.DateTime would be timestamptz)
                parameter.Value = ToStored(value);
            }
        }

        public override DateTimeOffset Parse(object value) => FromStored(value);
    }

    private sealed class DateHandler : SqlMapper.TypeHandler<DateOnly>
    {
        public override void SetValue(IDbDataParameter parameter, DateOnly value)
        {
            if (parameter is SqliteParameter)
            {
                parameter.DbType = DbType.String;
                parameter.Value = value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            }
            else
            {
                parameter.DbType = DbType.Date;
                parameter.Value = value;
            }
        }

        public override DateOnly Parse(object value) => DateFromStored(value);
    }
}
