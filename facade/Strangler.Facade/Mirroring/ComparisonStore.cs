using System.Security.Cryptography;
using Dapper;
using Strangler.Facade.ControlPlane;

namespace Strangler.Facade.Mirroring;

/// <summary>Comparison records: both answers of every mirrored request, for the gates, the admin API and the parity engine.</summary>
public sealed class ComparisonStore(ControlPlaneDatabase database, TimeProvider clock)
{
    /// <summary>Records a comparison; when <paramref name="deliveredOutboxId"/> is given, deletes that outbox row in the same commit.</summary>
    public Task<long> AddAsync(
        MirrorRequest request, int? secondaryStatus, byte[]? secondaryBody, double? secondaryMs, string outcome, string differences,
        int attempts, long deliveredOutboxId = 0, CancellationToken cancellationToken = default) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            if (deliveredOutboxId > 0)
            {
                await OutboxStore.DeleteAsync(connection, transaction, deliveredOutboxId, cancellationToken);
            }

            var sql = """
                INSERT INTO facade_comparison (at_ms, interface, unit, stage, message_type, primary_side, method, path, request_sha256,
                    request_body, primary_status, primary_body, primary_ms, secondary_status, secondary_body, secondary_ms, outcome,
                    differences, mirror_attempts)
                VALUES (@at, @iface, @unit, @stage, @messageType, @primarySide, @method, @path, @sha, @body, @primaryStatus, @primaryBody,
                    @primaryMs, @secondaryStatus, @secondaryBody, @secondaryMs, @outcome, @differences, @attempts)
                """;
            sql += database.Provider == ControlPlaneProvider.Postgres ? " RETURNING id" : "; SELECT last_insert_rowid();";
            return await connection.ExecuteScalarAsync<long>(new CommandDefinition(sql, new
            {
                at = ReceivedAtMs(request),
                iface = request.Interface.ToString().ToLowerInvariant(),
                unit = request.Unit,
                stage = request.Stage,
                messageType = request.MessageType,
                primarySide = request.Primary.ToString().ToLowerInvariant(),
                method = request.Method,
                path = request.PathAndQuery,
                sha = Convert.ToHexString(SHA256.HashData(request.Body)).ToLowerInvariant(),
                body = request.Body,
                primaryStatus = request.PrimaryStatus,
                primaryBody = request.PrimaryBody,
                primaryMs = request.PrimaryMs,
                secondaryStatus,
                secondaryBody,
                secondaryMs,
                outcome,
                differences,
                attempts,
            }, transaction, cancellationToken: cancellationToken));
        }, cancellationToken);

    // The record's time is the request's received-at (what both systems were told), not when the mirror completed: a
    // report buckets it with its traffic and an exported corpus replays it at the time it really had.
    private long ReceivedAtMs(MirrorRequest request) =>
        DateTimeOffset.TryParse(request.ReceivedAt, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var at)
            ? at.ToUnixTimeMilliseconds()
            : clock.GetUtcNow().ToUnixTimeMilliseconds();

    /// <summary>A retried write finally answered: the record gets the answer that counts.</summary>
    public Task CompleteAsync(long id, int status, byte[] body, double milliseconds, string outcome, string differences, int attempts, long deliveredOutboxId, CancellationToken cancellationToken = default) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            await OutboxStore.DeleteAsync(connection, transaction, deliveredOutboxId, cancellationToken);
            return await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE facade_comparison SET secondary_status = @status, secondary_body = @body, secondary_ms = @milliseconds,
                   outcome = @outcome, differences = @differences, mirror_attempts = @attempts
            WHERE id = @id
            """,
            new { id, status, body, milliseconds, outcome, differences, attempts }, transaction, cancellationToken: cancellationToken));
        }, cancellationToken);

    public async Task<IReadOnlyList<ComparisonRecord>> ListAsync(
        string? unit, string? outcome, long after, int max, CancellationToken cancellationToken = default)
    {
        // The latencies are cast: SQLite's NUMERIC column gives a whole number of milliseconds back as an integer.
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(
            """
            SELECT id AS Id, at_ms AS AtMs, interface AS Interface, unit AS Unit, stage AS Stage, message_type AS MessageType,
                   primary_side AS PrimarySide, method AS Method, path AS Path, request_sha256 AS RequestSha256,
                   primary_status AS PrimaryStatus, CAST(primary_ms AS DOUBLE PRECISION) AS PrimaryMs, secondary_status AS SecondaryStatus,
                   CAST(secondary_ms AS DOUBLE PRECISION) AS SecondaryMs, outcome AS Outcome, differences AS Differences, mirror_attempts AS MirrorAttempts
            FROM facade_comparison
            WHERE id > @after AND (@unit IS NULL OR unit = @unit) AND (@outcome IS NULL OR outcome = @outcome)
            ORDER BY id LIMIT @max
            """,
            new { unit, outcome, after, max }, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToRecord()).ToList();
    }

    /// <summary>Both answers of one record (drill-down).</summary>
    public async Task<(byte[] Request, byte[] Primary, byte[]? Secondary)?> BodiesAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<(byte[], byte[], byte[]?)?>(new CommandDefinition(
            "SELECT request_body, primary_body, secondary_body FROM facade_comparison WHERE id = @id", new { id },
            cancellationToken: cancellationToken));
    }

    /// <summary>What the gates judge a unit on, over the records since <paramref name="since"/>.</summary>
    public async Task<ComparisonStats> StatsAsync(string unit, DateTimeOffset since, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QuerySingleAsync<ComparisonStats>(new CommandDefinition(
            """
            SELECT COUNT(*) AS Total,
                   COALESCE(SUM(CASE WHEN outcome = 'equal' THEN 1 ELSE 0 END), 0) AS Equal,
                   COALESCE(SUM(CASE WHEN outcome = 'different' THEN 1 ELSE 0 END), 0) AS Different,
                   COALESCE(SUM(CASE WHEN outcome = 'secondary-failed' THEN 1 ELSE 0 END), 0) AS SecondaryFailed,
                   COALESCE(SUM(CASE WHEN (primary_side = 'legacy' AND primary_status >= 500)
                                       OR (primary_side = 'core' AND (secondary_status IS NULL OR secondary_status >= 500)) THEN 1 ELSE 0 END), 0) AS LegacyErrors,
                   COALESCE(SUM(CASE WHEN (primary_side = 'core' AND primary_status >= 500)
                                       OR (primary_side = 'legacy' AND (secondary_status IS NULL OR secondary_status >= 500)) THEN 1 ELSE 0 END), 0) AS CoreErrors
            FROM facade_comparison WHERE unit = @unit AND at_ms >= @since
            """,
            new { unit, since = since.ToUnixTimeMilliseconds() }, cancellationToken: cancellationToken));
    }

    private sealed class Row
    {
        public long Id { get; init; }

        public long AtMs { get; init; }

        public string Interface { get; init; } = "";

        public string? Unit { get; init; }

        public string Stage { get; init; } = "";

        public string? MessageType { get; init; }

        public string PrimarySide { get; init; } = "";

        public string Method { get; init; } = "";

        public string Path { get; init; } = "";

        public string RequestSha256 { get; init; } = "";

        public int PrimaryStatus { get; init; }

        public double PrimaryMs { get; init; }

        public int? SecondaryStatus { get; init; }

        public double? SecondaryMs { get; init; }

        public string Outcome { get; init; } = "";

        public string Differences { get; init; } = "";

        public int MirrorAttempts { get; init; }

        public ComparisonRecord ToRecord() => new(Id, DateTimeOffset.FromUnixTimeMilliseconds(AtMs), Interface, Unit, Stage, MessageType,
            PrimarySide, Method, Path, RequestSha256, PrimaryStatus, PrimaryMs, SecondaryStatus, SecondaryMs, Outcome, Differences, MirrorAttempts);
    }
}
