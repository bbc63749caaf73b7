using Npgsql;
using NpgsqlTypes;
using Strangler.Core.Model.Manifests;

namespace Strangler.Core.Ingest.Benchmarks;

/// <summary>
/// The baseline: the same consignments and goods items, as relational rows (one per consignment, one per goods item),
/// by binary COPY into plain tables without keys or indexes. No canonical form, no JSON, no idempotency.
/// </summary>
internal static class RawCopy
{
    public const string CreateTables = """
        CREATE TABLE bench_raw_consignment (
            reference text, air_waybill text, received_at timestamptz, client_key text, flight text, flight_date date,
            consignor text, consignor_address text, consignee text, consignee_br text, packages bigint, gross_kg numeric);
        CREATE TABLE bench_raw_goods_item (
            reference text, sequence integer, description text, hs_code text, packages bigint, package_code text,
            gross_kg numeric, origin text);
        """;

    public static async Task RunAsync(NpgsqlConnection connection, IReadOnlyList<Model.Documents.DocumentVersion> versions)
    {
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var consignments = await connection.BeginBinaryImportAsync(
            "COPY bench_raw_consignment FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var version in versions)
            {
                var report = (CargoReport)version.Document!;
                var consignment = report.Consignments[0];
                await consignments.StartRowAsync();
                await consignments.WriteAsync(version.IssuedReference!, NpgsqlDbType.Text);
                await consignments.WriteAsync(consignment.Document!.Number, NpgsqlDbType.Text);
                await consignments.WriteAsync(version.ReceivedAt.ToUniversalTime(), NpgsqlDbType.TimestampTz);
                await consignments.WriteAsync(version.ClientKey, NpgsqlDbType.Text);
                await consignments.WriteAsync(report.Trip!.JourneyId!, NpgsqlDbType.Text);
                await consignments.WriteAsync(report.Trip.Date!.Value, NpgsqlDbType.Date);
                await consignments.WriteAsync(consignment.Consignor!.Name, NpgsqlDbType.Text);
                await consignments.WriteAsync(consignment.Consignor.Address!, NpgsqlDbType.Text);
                await consignments.WriteAsync(consignment.Consignee!.Name, NpgsqlDbType.Text);
                await consignments.WriteAsync(consignment.Consignee.BrNumber!, NpgsqlDbType.Text);
                await consignments.WriteAsync(consignment.Packages!.Value, NpgsqlDbType.Bigint);
                await consignments.WriteAsync(consignment.GrossWeightKg!.Value, NpgsqlDbType.Numeric);
            }

            await consignments.CompleteAsync();
        }

        await using (var items = await connection.BeginBinaryImportAsync("COPY bench_raw_goods_item FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var version in versions)
            {
                foreach (var item in ((CargoReport)version.Document!).Consignments[0].GoodsItems)
                {
                    await items.StartRowAsync();
                    await items.WriteAsync(version.IssuedReference!, NpgsqlDbType.Text);
                    await items.WriteAsync(item.Sequence, NpgsqlDbType.Integer);
                    await items.WriteAsync(item.Description, NpgsqlDbType.Text);
                    await items.WriteAsync(item.HsCode!, NpgsqlDbType.Text);
                    await items.WriteAsync(item.Packages!.Value, NpgsqlDbType.Bigint);
                    await items.WriteAsync(item.PackageCode!, NpgsqlDbType.Text);
                    await items.WriteAsync(item.GrossWeightKg!.Value, NpgsqlDbType.Numeric);
                    await items.WriteAsync(item.OriginCountry!, NpgsqlDbType.Text);
                }
            }

            await items.CompleteAsync();
        }

        await transaction.CommitAsync();
    }
}
