using Npgsql;

namespace Strangler.Core.Ingest.Benchmarks;

/// <summary>
/// The floor: the same legacy rows (air waybills and goods items) piped by binary COPY from the legacy database into
/// plain tables of the core database, without keys or indexes. No mapping, no canonical form, no JSON, no idempotency.
/// </summary>
internal static class RawCopy
{
    public const string CreateTables = """
        CREATE TABLE bench_raw_awb (
            awb_id bigint, reference varchar(32), awb_no varchar(12), received_local timestamp, client_key varchar(40),
            aircraft_reg varchar(10), flight_no varchar(8), flight_date date, origin char(3), destination char(3),
            shipper_name varchar(70), shipper_address varchar(70), shipper_city varchar(35), shipper_country char(2),
            consignee_name varchar(70), consignee_br varchar(8), consignee_country char(2), pieces integer, gross_kg numeric);
        CREATE TABLE bench_raw_awb_item (
            awb_id bigint, seq smallint, description varchar(200), hs_code varchar(10), pieces integer, package_code char(2),
            gross_kg numeric, origin_country char(2));
        """;

    public static async Task RunAsync(NpgsqlConnection legacy, NpgsqlConnection core)
    {
        await using var transaction = await core.BeginTransactionAsync();
        await PipeAsync(legacy, core, "accs_awb", "bench_raw_awb");
        await PipeAsync(legacy, core, "accs_awb_item", "bench_raw_awb_item");
        await transaction.CommitAsync();
    }

    private static async Task PipeAsync(NpgsqlConnection legacy, NpgsqlConnection core, string from, string to)
    {
        await using var source = await legacy.BeginRawBinaryCopyAsync($"COPY {from} TO STDOUT (FORMAT BINARY)");
        await using var target = await core.BeginRawBinaryCopyAsync($"COPY {to} FROM STDIN (FORMAT BINARY)");
        await source.CopyToAsync(target);
    }
}
