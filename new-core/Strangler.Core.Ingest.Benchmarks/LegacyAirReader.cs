using System.Data.Common;
using Strangler.Contracts.CodeLists;
using Strangler.Core.Model.Consignments;
using Strangler.Core.Model.Documents;
using Strangler.Core.Model.Manifests;
using Strangler.Core.Model.Parties;
using Strangler.Core.Model.Transport;

namespace Strangler.Core.Ingest.Benchmarks;

/// <summary>
/// Reads one key range of the legacy ACCS store (provider-neutral ADO.NET: two ordered range queries, merged) and maps
/// each air waybill with its goods items to the canonical version the ACCS backfill would ingest, undoing the legacy
/// quirks: the Hong Kong wall-clock receipt time gets its +08:00 offset back, fixed-width codes are trimmed.
/// </summary>
internal static class LegacyAirReader
{
    private static readonly TimeSpan HongKong = TimeSpan.FromHours(8);

    private const string Awbs = """
        SELECT awb_id, reference, awb_no, received_local, client_key, aircraft_reg, flight_no, flight_date, origin, destination,
               shipper_name, shipper_address, shipper_city, shipper_country, consignee_name, consignee_br, consignee_country,
               pieces, gross_kg
        FROM accs_awb WHERE awb_id >= @from AND awb_id < @to ORDER BY awb_id
        """;

    private const string Items = """
        SELECT awb_id, seq, description, hs_code, pieces, package_code, gross_kg, origin_country
        FROM accs_awb_item WHERE awb_id >= @from AND awb_id < @to ORDER BY awb_id, seq
        """;

    public static async Task<DocumentVersion[]> ReadAsync(DbConnection legacy, long from, long to)
    {
        var items = new Dictionary<long, List<GoodsItem>>();
        await using (var command = Command(legacy, Items, from, to))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                var id = reader.GetInt64(0);
                if (!items.TryGetValue(id, out var list))
                {
                    items[id] = list = new List<GoodsItem>(3);
                }

                list.Add(new GoodsItem
                {
                    Sequence = reader.GetInt16(1),
                    Description = reader.GetString(2),
                    HsCode = reader.IsDBNull(3) ? null : reader.GetString(3),
                    Packages = reader.IsDBNull(4) ? null : reader.GetInt32(4),
                    PackageCode = reader.IsDBNull(5) ? null : reader.GetString(5).TrimEnd(),
                    GrossWeightKg = reader.IsDBNull(6) ? null : reader.GetDecimal(6),
                    OriginCountry = reader.IsDBNull(7) ? null : reader.GetString(7).TrimEnd(),
                });
            }
        }

        var versions = new List<DocumentVersion>((int)(to - from));
        await using (var command = Command(legacy, Awbs, from, to))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                versions.Add(Map(reader, items.GetValueOrDefault(reader.GetInt64(0)) ?? []));
            }
        }

        return [.. versions];
    }

    private static DocumentVersion Map(DbDataReader row, List<GoodsItem> goodsItems)
    {
        var receivedAt = new DateTimeOffset(row.GetDateTime(3), HongKong);
        var (origin, destination) = (row.GetString(8).TrimEnd(), row.GetString(9).TrimEnd());
        return new DocumentVersion
        {
            Number = 1,
            Function = DocumentFunction.Original,
            ReceivedAt = receivedAt,
            IssuedReference = row.GetString(1),
            Source = SourceInterface.Accs,
            ClientKey = row.GetString(4),
            Document = new CargoReport
            {
                Kind = CargoReportKind.AirWaybill,
                Trip = new Trip
                {
                    Conveyance = new Conveyance(TransportMode.Air, row.GetString(5), null),
                    JourneyId = row.GetString(6),
                    CarrierCode = row.GetString(6)[..2],
                    Direction = TradeDirection.Import,
                    PlaceOfLoading = origin,
                    PlaceOfDischarge = destination,
                    Date = row.GetFieldValue<DateOnly>(7),
                },
                Consignments = new([new Consignment
                {
                    Document = new TransportDocument(TransportDocumentKind.AirWaybill, row.GetString(2)),
                    Consignor = new Party
                    {
                        Name = row.GetString(10),
                        Address = Text(row, 11),
                        City = Text(row, 12),
                        Country = Text(row, 13)?.TrimEnd(),
                        Roles = new([PartyRoles.Consignor]),
                    },
                    Consignee = new Party
                    {
                        Name = row.GetString(14),
                        BrNumber = Text(row, 15),
                        Country = Text(row, 16)?.TrimEnd(),
                        Roles = new([PartyRoles.Consignee]),
                    },
                    PlaceOfLoading = origin,
                    PlaceOfDischarge = destination,
                    Packages = row.GetInt32(17),
                    GrossWeightKg = row.GetDecimal(18),
                    GoodsItems = new(goodsItems),
                }]),
            },
        };
    }

    private static string? Text(DbDataReader row, int ordinal) => row.IsDBNull(ordinal) ? null : row.GetString(ordinal);

    private static DbCommand Command(DbConnection connection, string sql, long from, long to)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        Add(command, "from", from);
        Add(command, "to", to);
        return command;
    }

    private static void Add(DbCommand command, string name, long value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
