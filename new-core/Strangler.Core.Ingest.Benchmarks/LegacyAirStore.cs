using Npgsql;
using NpgsqlTypes;
using Strangler.Core.Model.Documents;
using Strangler.Core.Model.Manifests;

namespace Strangler.Core.Ingest.Benchmarks;

/// <summary>
/// A legacy-like ACCS store in a database of its own: one row per air waybill, one per goods item, keyed by a serial
/// number, with the legacy quirks the backfill undoes (receipt time as Hong Kong wall-clock time without a zone,
/// aircraft registration and flight as separate columns, route codes in fixed-width <c>char(3)</c>). Seeded by binary
/// COPY before anything is timed.
/// </summary>
internal static class LegacyAirStore
{
    public const string CreateTables = """
        CREATE TABLE accs_awb (
            awb_id bigint PRIMARY KEY, reference varchar(32) NOT NULL, awb_no varchar(12) NOT NULL,
            received_local timestamp NOT NULL, client_key varchar(40) NOT NULL, aircraft_reg varchar(10) NOT NULL,
            flight_no varchar(8) NOT NULL, flight_date date NOT NULL, origin char(3) NOT NULL, destination char(3) NOT NULL,
            shipper_name varchar(70) NOT NULL, shipper_address varchar(70), shipper_city varchar(35), shipper_country char(2),
            consignee_name varchar(70) NOT NULL, consignee_br varchar(8), consignee_country char(2),
            pieces integer NOT NULL, gross_kg numeric NOT NULL);
        CREATE TABLE accs_awb_item (
            awb_id bigint NOT NULL, seq smallint NOT NULL, description varchar(200) NOT NULL, hs_code varchar(10),
            pieces integer, package_code char(2), gross_kg numeric, origin_country char(2), PRIMARY KEY (awb_id, seq));
        """;

    public static async Task SeedAsync(NpgsqlConnection legacy, IReadOnlyList<DocumentVersion> versions)
    {
        await using (var awbs = await legacy.BeginBinaryImportAsync("COPY accs_awb FROM STDIN (FORMAT BINARY)"))
        {
            for (var id = 0; id < versions.Count; id++)
            {
                var version = versions[id];
                var report = (CargoReport)version.Document!;
                var trip = report.Trip!;
                var consignment = report.Consignments[0];
                await awbs.StartRowAsync();
                await awbs.WriteAsync((long)id, NpgsqlDbType.Bigint);
                await awbs.WriteAsync(version.IssuedReference!, NpgsqlDbType.Varchar);
                await awbs.WriteAsync(consignment.Document!.Number, NpgsqlDbType.Varchar);
                await awbs.WriteAsync(version.ReceivedAt.ToOffset(TimeSpan.FromHours(8)).DateTime, NpgsqlDbType.Timestamp);
                await awbs.WriteAsync(version.ClientKey, NpgsqlDbType.Varchar);
                await awbs.WriteAsync(trip.Conveyance!.Id!, NpgsqlDbType.Varchar);
                await awbs.WriteAsync(trip.JourneyId!, NpgsqlDbType.Varchar);
                await awbs.WriteAsync(trip.Date!.Value, NpgsqlDbType.Date);
                await awbs.WriteAsync(trip.PlaceOfLoading!, NpgsqlDbType.Char);
                await awbs.WriteAsync(trip.PlaceOfDischarge!, NpgsqlDbType.Char);
                var (shipper, consignee) = (consignment.Consignor!, consignment.Consignee!);
                await awbs.WriteAsync(shipper.Name, NpgsqlDbType.Varchar);
                await awbs.WriteAsync(shipper.Address!, NpgsqlDbType.Varchar);
                await awbs.WriteAsync(shipper.City!, NpgsqlDbType.Varchar);
                await awbs.WriteAsync(shipper.Country!, NpgsqlDbType.Char);
                await awbs.WriteAsync(consignee.Name, NpgsqlDbType.Varchar);
                await awbs.WriteAsync(consignee.BrNumber!, NpgsqlDbType.Varchar);
                await awbs.WriteAsync(consignee.Country!, NpgsqlDbType.Char);
                await awbs.WriteAsync((int)consignment.Packages!.Value, NpgsqlDbType.Integer);
                await awbs.WriteAsync(consignment.GrossWeightKg!.Value, NpgsqlDbType.Numeric);
            }

            await awbs.CompleteAsync();
        }

        await using (var items = await legacy.BeginBinaryImportAsync("COPY accs_awb_item FROM STDIN (FORMAT BINARY)"))
        {
            for (var id = 0; id < versions.Count; id++)
            {
                foreach (var item in ((CargoReport)versions[id].Document!).Consignments[0].GoodsItems)
                {
                    await items.StartRowAsync();
                    await items.WriteAsync((long)id, NpgsqlDbType.Bigint);
                    await items.WriteAsync((short)item.Sequence, NpgsqlDbType.Smallint);
                    await items.WriteAsync(item.Description, NpgsqlDbType.Varchar);
                    await items.WriteAsync(item.HsCode!, NpgsqlDbType.Varchar);
                    await items.WriteAsync((int)item.Packages!.Value, NpgsqlDbType.Integer);
                    await items.WriteAsync(item.PackageCode!, NpgsqlDbType.Char);
                    await items.WriteAsync(item.GrossWeightKg!.Value, NpgsqlDbType.Numeric);
                    await items.WriteAsync(item.OriginCountry!, NpgsqlDbType.Char);
                }
            }

            await items.CompleteAsync();
        }

        await new NpgsqlCommand("ANALYZE accs_awb; ANALYZE accs_awb_item", legacy).ExecuteNonQueryAsync();
    }
}
