using System.Data;
using System.Globalization;
using Dapper;

namespace Strangler.Legacy.Platform.Store;

/// <summary>
/// Decimals read back from legacy stores. SQLite keeps a NUMERIC column's whole values as INTEGER and the
/// others as REAL, so one column can come back as <c>long</c> in one row and <c>double</c> in the next;
/// Dapper builds its row reader from the first row and then fails on the second. This handler accepts
/// every stored form. Process-wide, like <see cref="HongKongLocalTime.RegisterWithDapper"/>.
/// </summary>
public static class StoredNumbers
{
    private static readonly Lock Gate = new();
    private static bool _registered;

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

            // Dapper's built-in type map wins over handlers; without the entry the handler is used both ways.
            SqlMapper.RemoveTypeMap(typeof(decimal));
            SqlMapper.RemoveTypeMap(typeof(decimal?));
            SqlMapper.AddTypeHandler(new DecimalHandler());
            _registered = true;
        }
    }

    /// <summary>The decimal a stored value stands for, whichever storage class the provider returned.</summary>
    public static decimal ToDecimal(object value) => value switch
    {
        decimal d => d,
        long l => l,
        int i => i,
        double d => (decimal)d,
        float f => (decimal)f,
        string s => decimal.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture),
        _ => Convert.ToDecimal(value, CultureInfo.InvariantCulture),
    };

    private sealed class DecimalHandler : SqlMapper.TypeHandler<decimal>
    {
        public override void SetValue(IDbDataParameter parameter, decimal value)
        {
            parameter.DbType = DbType.Decimal;
            parameter.Value = value;
        }

        public override decimal Parse(object value) => ToDecimal(value);
    }
}
