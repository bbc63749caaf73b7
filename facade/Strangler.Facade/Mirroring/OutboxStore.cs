using System.Text.Json;
using Dapper;
using Strangler.Facade.ControlPlane;

namespace Strangler.Facade.Mirroring;

/// <summary>
/// The durable outbox of mirrored writes. A row is written before the client sees the first system's answer and
/// deleted once the second system answered (any status below 500). A row is claimed with a lease before each
/// delivery, and only when no older row of the same order key is still pending, so deliveries stay in order even
/// with several facade replicas sweeping one database. Leases and back-off are infrastructure time: they run on the
/// system clock, so a business clock that is frozen or shifted (tests, clock offsets) cannot stall deliveries.
/// </summary>
public sealed class OutboxStore(ControlPlaneDatabase database)
{
    private static readonly TimeProvider LeaseClock = TimeProvider.System;

    public Task<long> AddAsync(MirrorRequest request, CancellationToken cancellationToken = default) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            var sql = database.Provider == ControlPlaneProvider.Postgres
                ? "INSERT INTO facade_outbox (created_at_ms, order_key, request, state) VALUES (@at, @key, @request, 'pending') RETURNING id"
                : "INSERT INTO facade_outbox (created_at_ms, order_key, request, state) VALUES (@at, @key, @request, 'pending'); SELECT last_insert_rowid();";
            return await connection.ExecuteScalarAsync<long>(new CommandDefinition(sql,
                new { at = request.CreatedAtMs, key = request.OrderKey, request = JsonSerializer.SerializeToUtf8Bytes(request) },
                transaction, cancellationToken: cancellationToken));
        }, cancellationToken);

    /// <summary>Claims row <paramref name="id"/> for one delivery attempt; false when another replica holds it, or an older row of its key is pending.</summary>
    public Task<bool> TryClaimAsync(long id, string orderKey, TimeSpan lease, CancellationToken cancellationToken = default) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            var now = LeaseClock.GetUtcNow().ToUnixTimeMilliseconds();
            var claimed = await connection.ExecuteAsync(new CommandDefinition(
                """
                UPDATE facade_outbox SET lease_until_ms = @until, attempts = attempts + 1
                WHERE id = @id AND state = 'pending' AND lease_until_ms <= @now
                  AND NOT EXISTS (SELECT 1 FROM facade_outbox o WHERE o.order_key = @orderKey AND o.state = 'pending' AND o.id < @id)
                """,
                new { id, orderKey, now, until = now + (long)lease.TotalMilliseconds }, transaction, cancellationToken: cancellationToken));
            return claimed == 1;
        }, cancellationToken);

    public Task DeliveredAsync(long id, CancellationToken cancellationToken = default) =>
        database.WriteAsync((connection, transaction) => connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM facade_outbox WHERE id = @id", new { id }, transaction, cancellationToken: cancellationToken)), cancellationToken);

    /// <summary>A failed attempt: the row (with its attempt count and comparison) is tried again after <paramref name="backoff"/>.</summary>
    public Task FailedAsync(MirrorRequest request, string error, TimeSpan backoff, CancellationToken cancellationToken = default) =>
        database.WriteAsync((connection, transaction) => connection.ExecuteAsync(new CommandDefinition(
            "UPDATE facade_outbox SET last_error = @error, lease_until_ms = @until, request = @request WHERE id = @id",
            new
            {
                id = request.OutboxId,
                error,
                request = JsonSerializer.SerializeToUtf8Bytes(request with { OutboxId = 0 }),
                until = LeaseClock.GetUtcNow().ToUnixTimeMilliseconds() + (long)backoff.TotalMilliseconds,
            },
            transaction, cancellationToken: cancellationToken)), cancellationToken);

    /// <summary>Pending rows whose lease ran out, oldest first.</summary>
    public async Task<IReadOnlyList<MirrorRequest>> DueAsync(int max, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(long Id, byte[] Request)>(new CommandDefinition(
            "SELECT id, request FROM facade_outbox WHERE state = 'pending' AND lease_until_ms <= @now ORDER BY id LIMIT @max",
            new { now = LeaseClock.GetUtcNow().ToUnixTimeMilliseconds(), max }, cancellationToken: cancellationToken));
        return rows.Select(r => JsonSerializer.Deserialize<MirrorRequest>(r.Request)! with { OutboxId = r.Id }).ToList();
    }

    /// <summary>Rows not yet delivered, the most attempts any of them took, and when the oldest was written (Unix ms, 0 if none).</summary>
    public async Task<(long Pending, long MostAttempts, long OldestPendingMs)> CountsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleAsync<(long Pending, long MostAttempts, long? Oldest)>(new CommandDefinition(
            """
            SELECT COUNT(*), COALESCE(MAX(attempts), 0), MIN(created_at_ms)
            FROM facade_outbox
            """, cancellationToken: cancellationToken));
        return (row.Pending, row.MostAttempts, row.Oldest ?? 0);
    }
}
