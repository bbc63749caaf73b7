using System.Data.Common;
using Dapper;
using Strangler.Core.Store.Database;

namespace Strangler.Core.Accs.State;

/// <summary>The SQL of the ACCS tables; every call runs on the caller's connection and transaction.</summary>
internal sealed class AccsStore(CoreDatabase database)
{
    private const string WaybillColumns = """
        awb AS Awb, prefix AS Prefix, waybill_line AS WaybillLine, code AS Code, code_set_at AS CodeSetAt,
        release_due_at AS ReleaseDueAt, fwb_pieces AS FwbPieces, flight AS Flight, flight_day_month AS FlightDayMonth,
        ffm_received_at AS FfmReceivedAt
        """;

    public CoreDatabase Database => database;

    /// <summary>The air waybill; <paramref name="forUpdate"/> row-locks it on PostgreSQL, so a read-modify-write holds across processes.</summary>
    public async Task<WaybillRow?> WaybillAsync(DbConnection c, DbTransaction? t, string awb, CancellationToken ct, bool forUpdate = false)
    {
        var lockRow = forUpdate && database.Provider == CoreStoreProvider.Postgres ? " FOR UPDATE" : "";
        var row = await c.QuerySingleOrDefaultAsync<RawWaybill>(new CommandDefinition(
            $"SELECT {WaybillColumns} FROM core_accs_waybill WHERE awb = @Awb{lockRow}", new { Awb = awb }, t, cancellationToken: ct));
        return row?.ToRow();
    }

    /// <summary>The air waybill's code and release due time, for the checks made before the write transaction.</summary>
    public async Task<(string Code, DateTimeOffset? ReleaseDueAt)?> CodeAsync(DbConnection c, DbTransaction? t, string awb, CancellationToken ct) =>
        await WaybillAsync(c, t, awb, ct) is { } row ? (row.Code, row.ReleaseDueAt) : null;

    /// <summary>Whether any DC or PX is due for release by <paramref name="now"/> (one indexed probe).</summary>
    public async Task<bool> AnyReleaseDueAsync(DbConnection c, DbTransaction? t, DateTimeOffset now, CancellationToken ct) =>
        await c.ExecuteScalarAsync<int?>(new CommandDefinition(
            "SELECT 1 FROM core_accs_waybill WHERE release_due_at IS NOT NULL AND release_due_at <= @Now LIMIT 1",
            new { Now = Time(now) }, t, cancellationToken: ct)) is not null;

    public async Task<IReadOnlyList<string>> DueReleasesAsync(DbConnection c, DbTransaction? t, DateTimeOffset now, CancellationToken ct) =>
        (await c.QueryAsync<string>(new CommandDefinition(
            "SELECT awb FROM core_accs_waybill WHERE release_due_at IS NOT NULL AND release_due_at <= @Now ORDER BY release_due_at, awb",
            new { Now = Time(now) }, t, cancellationToken: ct))).ToList();

    public Task SaveWaybillAsync(DbConnection c, DbTransaction t, WaybillRow w, bool isNew, CancellationToken ct)
    {
        var sql = isNew
            ? """
              INSERT INTO core_accs_waybill
                  (awb, prefix, waybill_line, code, code_set_at, release_due_at, fwb_pieces, flight, flight_day_month, ffm_received_at)
              VALUES (@Awb, @Prefix, @WaybillLine, @Code, @CodeSetAt, @ReleaseDueAt, @FwbPieces, @Flight, @FlightDayMonth, @FfmReceivedAt)
              """
            : """
              UPDATE core_accs_waybill SET waybill_line = @WaybillLine, code = @Code, code_set_at = @CodeSetAt,
                  release_due_at = @ReleaseDueAt, fwb_pieces = @FwbPieces, flight = @Flight, flight_day_month = @FlightDayMonth,
                  ffm_received_at = @FfmReceivedAt
              WHERE awb = @Awb
              """;
        return c.ExecuteAsync(new CommandDefinition(sql, new
        {
            w.Awb, w.Prefix, w.WaybillLine, w.Code, CodeSetAt = Time(w.CodeSetAt), ReleaseDueAt = Time(w.ReleaseDueAt),
            w.FwbPieces, w.Flight, w.FlightDayMonth, FfmReceivedAt = Time(w.FfmReceivedAt),
        }, t, cancellationToken: ct));
    }

    /// <summary>Appends a code to the air waybill's history under the next sequence number (1 for the first code).</summary>
    public Task AppendCodeAsync(DbConnection c, DbTransaction t, string awb, string code, DateTimeOffset at, CancellationToken ct) =>
        c.ExecuteAsync(new CommandDefinition("""
            INSERT INTO core_accs_code (awb, seq, code, set_at)
            SELECT @Awb, COALESCE(MAX(seq), 0) + 1, @Code, @At FROM core_accs_code WHERE awb = @Awb
            """, new { Awb = awb, Code = code, At = Time(at) }, t, cancellationToken: ct));

    public async Task<IReadOnlyList<(string Code, DateTimeOffset At)>> CodesAsync(DbConnection c, DbTransaction? t, string awb, CancellationToken ct) =>
        (await c.QueryAsync<RawCode>(new CommandDefinition(
            "SELECT code AS Code, set_at AS SetAt FROM core_accs_code WHERE awb = @Awb ORDER BY seq", new { Awb = awb }, t, cancellationToken: ct)))
        .Select(r => (r.Code, StoredTime.Read(r.SetAt!))).ToList();

    /// <summary>
    /// Advances each key's cursor by its count in one statement (keys in the order given) and returns each key's last
    /// cursor: one more than the last one issued or migrated, plus the count less one is the first of this batch.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, long>> AdvanceCursorsAsync(
        DbConnection c, DbTransaction t, IReadOnlyList<(string Key, long Count)> keys, CancellationToken ct)
    {
        var parameters = new DynamicParameters();
        var rows = new List<string>(keys.Count);
        for (var i = 0; i < keys.Count; i++)
        {
            parameters.Add("K" + i, keys[i].Key);
            parameters.Add("N" + i, keys[i].Count);
            rows.Add($"(@K{i}, @N{i})");
        }

        var sql = $"""
            INSERT INTO core_accs_feed_cursor (client_key, last_cursor) VALUES {string.Join(", ", rows)}
            ON CONFLICT (client_key) DO UPDATE SET last_cursor = core_accs_feed_cursor.last_cursor + excluded.last_cursor
            RETURNING client_key AS ClientKey, last_cursor AS LastCursor
            """;
        return (await c.QueryAsync<(string ClientKey, long LastCursor)>(new CommandDefinition(sql, parameters, t, cancellationToken: ct)))
            .ToDictionary(r => r.ClientKey, r => r.LastCursor, StringComparer.Ordinal);
    }

    /// <summary>Inserts feed entries, many rows a statement.</summary>
    public async Task AddFeedEntriesAsync(
        DbConnection c, DbTransaction t, IReadOnlyList<(string Key, long Cursor, string Awb, FeedRow Csn)> entries, CancellationToken ct)
    {
        foreach (var chunk in entries.Chunk(200))
        {
            var parameters = new DynamicParameters();
            var rows = new List<string>(chunk.Length);
            for (var i = 0; i < chunk.Length; i++)
            {
                var (key, cursor, awb, csn) = chunk[i];
                parameters.Add("K" + i, key);
                parameters.Add("C" + i, cursor);
                parameters.Add("A" + i, awb);
                parameters.Add("L" + i, csn.WaybillLine);
                parameters.Add("D" + i, csn.Code);
                parameters.Add("S" + i, csn.SetAtText);
                parameters.Add("F" + i, csn.Flight);
                parameters.Add("M" + i, csn.FlightDayMonth);
                rows.Add($"(@K{i}, @C{i}, @A{i}, @L{i}, @D{i}, @S{i}, @F{i}, @M{i})");
            }

            await c.ExecuteAsync(new CommandDefinition($"""
                INSERT INTO core_accs_feed (client_key, feed_cursor, awb, waybill_line, code, set_at_text, flight, flight_day_month)
                VALUES {string.Join(", ", rows)}
                """, parameters, t, cancellationToken: ct));
        }
    }

    public async Task<IReadOnlyList<FeedRow>> FeedAsync(DbConnection c, string clientKey, long after, long max, CancellationToken ct) =>
        (await c.QueryAsync<FeedRow>(new CommandDefinition("""
            SELECT feed_cursor AS Cursor, waybill_line AS WaybillLine, code AS Code, set_at_text AS SetAtText, flight AS Flight,
                   flight_day_month AS FlightDayMonth
            FROM core_accs_feed WHERE client_key = @Key AND feed_cursor > @After ORDER BY feed_cursor LIMIT @Max
            """, new { Key = clientKey, After = after, Max = max }, cancellationToken: ct))).ToList();

    public async Task<bool> PartExistsAsync(DbConnection c, DbTransaction? t, string flightKey, int part, CancellationToken ct) =>
        await c.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM core_accs_flight_part WHERE flight_key = @Flight AND part_no = @Part",
            new { Flight = flightKey, Part = part }, t, cancellationToken: ct)) > 0;

    public Task AddPartAsync(DbConnection c, DbTransaction t, string flightKey, int part, string receipt, DateTimeOffset at, CancellationToken ct) =>
        c.ExecuteAsync(new CommandDefinition(
            "INSERT INTO core_accs_flight_part (flight_key, part_no, receipt, received_at) VALUES (@Flight, @Part, @Receipt, @At)",
            new { Flight = flightKey, Part = part, Receipt = receipt, At = Time(at) }, t, cancellationToken: ct));

    public async Task<long> ManifestedAsync(DbConnection c, DbTransaction? t, string flightKey, string awb, CancellationToken ct) =>
        await c.ExecuteScalarAsync<long?>(new CommandDefinition(
            "SELECT pieces FROM core_accs_manifested WHERE flight_key = @Flight AND awb = @Awb",
            new { Flight = flightKey, Awb = awb }, t, cancellationToken: ct)) ?? 0;

    public async Task AddManifestedAsync(DbConnection c, DbTransaction t, string flightKey, string awb, long pieces, CancellationToken ct)
    {
        await c.ExecuteAsync(new CommandDefinition("""
            INSERT INTO core_accs_manifested (flight_key, awb, pieces) VALUES (@Flight, @Awb, 0)
            ON CONFLICT (flight_key, awb) DO NOTHING
            """, new { Flight = flightKey, Awb = awb }, t, cancellationToken: ct));
        await c.ExecuteAsync(new CommandDefinition(
            "UPDATE core_accs_manifested SET pieces = pieces + @Pieces WHERE flight_key = @Flight AND awb = @Awb",
            new { Flight = flightKey, Awb = awb, Pieces = pieces }, t, cancellationToken: ct));
    }

    /// <summary>A later FHL for the same master replaces its house list: the list is the latest FHL's document.</summary>
    public async Task SetHouseListAsync(DbConnection c, DbTransaction t, string master, string receipt, DateTimeOffset at, CancellationToken ct)
    {
        await c.ExecuteAsync(new CommandDefinition(
            "DELETE FROM core_accs_house_list WHERE master_awb = @Master", new { Master = master }, t, cancellationToken: ct));
        await c.ExecuteAsync(new CommandDefinition(
            "INSERT INTO core_accs_house_list (master_awb, receipt, received_at) VALUES (@Master, @Receipt, @At)",
            new { Master = master, Receipt = receipt, At = Time(at) }, t, cancellationToken: ct));
    }

    private object? Time(DateTimeOffset? time) => time is { } t ? StoredTime.Write(database.Provider, t) : null;

    private sealed class RawCode
    {
        public string Code { get; set; } = "";

        public object? SetAt { get; set; }
    }

    private sealed class RawWaybill
    {
        public string Awb { get; set; } = "";

        public string Prefix { get; set; } = "";

        public string WaybillLine { get; set; } = "";

        public string Code { get; set; } = "";

        public object? CodeSetAt { get; set; }

        public object? ReleaseDueAt { get; set; }

        public int? FwbPieces { get; set; }

        public string Flight { get; set; } = "";

        public string FlightDayMonth { get; set; } = "";

        public object? FfmReceivedAt { get; set; }

        public WaybillRow ToRow() => new()
        {
            Awb = Awb, Prefix = Prefix, WaybillLine = WaybillLine, Code = Code, CodeSetAt = StoredTime.Read(CodeSetAt!),
            ReleaseDueAt = ReleaseDueAt is null or DBNull ? null : StoredTime.Read(ReleaseDueAt),
            FwbPieces = FwbPieces, Flight = Flight, FlightDayMonth = FlightDayMonth,
            FfmReceivedAt = FfmReceivedAt is null or DBNull ? null : StoredTime.Read(FfmReceivedAt),
        };
    }
}
