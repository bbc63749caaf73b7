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

    // The newest row this process wrote per order key, for reads that must not overtake them (MirrorRequest.AfterOutboxId).
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, long> _lastAdded = new(StringComparer.Ordinal);

    /// <summary>The newest outbox row this process wrote for <paramref name="orderKey"/> (0 when none).</summary>
    public long LastAdded(string orderKey) => _lastAdded.GetValueOrDefault(orderKey);

    /// <summary>True while a row of <paramref name="orderKey"/> up to <paramref name="id"/> is still pending.</summary>
    public async Task<bool> PendingUpToAsync(string orderKey, long id, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM facade_outbox WHERE order_key = @orderKey AND state = 'pending' AND id <= @id",
            new { orderKey, id }, cancellationToken: cancellationToken)) > 0;
    }

    /// <summary>
    /// Writes the row already leased to this process for its first attempt (so no replica's sweeper takes it meanwhile)
    /// and says whether an older row of the same order key is still pending: only when none is may the first attempt
    /// go ahead without a claim, keeping the key's order.
    /// </summary>
    public async Task<(long Id, bool OlderPending)> AddAsync(MirrorRequest request, TimeSpan firstLease, CancellationToken cancellationToken = default)
    {
        var added = await InsertAsync(request, firstLease, cancellationToken);
        _lastAdded.AddOrUpdate(request.OrderKey, added.Id, (_, last) => Math.Max(last, added.Id));
        return added;
    }

    private Task<(long Id, bool OlderPending)> InsertAsync(MirrorRequest request, TimeSpan firstLease, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            var parameters = new OutboxInsert
            {
                At = request.CreatedAtMs,
                Key = request.OrderKey,
                Request = JsonSerializer.SerializeToUtf8Bytes(request),
                Lease = LeaseClock.GetUtcNow().ToUnixTimeMilliseconds() + (long)firstLease.TotalMilliseconds,
            };
            if (database.Provider == ControlPlaneProvider.Postgres)
            {
                // One round trip: the count is taken from the snapshot before the insert.
                return await connection.QuerySingleAsync<(long, bool)>(new CommandDefinition(
                    """
                    WITH older AS (SELECT COUNT(*) AS n FROM facade_outbox WHERE order_key = @Key AND state = 'pending'),
                         added AS (INSERT INTO facade_outbox (created_at_ms, order_key, request, state, lease_until_ms, attempts)
                                   SELECT @At, @Key, @Request, 'pending', CASE WHEN older.n > 0 THEN 0 ELSE @Lease END, 0 FROM older
                                   RETURNING id)
                    SELECT added.id, older.n > 0 FROM added, older
                    """, parameters, transaction, cancellationToken: cancellationToken));
            }

            var older = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                "SELECT COUNT(*) FROM facade_outbox WHERE order_key = @Key AND state = 'pending'", parameters, transaction, cancellationToken: cancellationToken));
            var id = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                """
                INSERT INTO facade_outbox (created_at_ms, order_key, request, state, lease_until_ms, attempts)
                VALUES (@At, @Key, @Request, 'pending', @Lease, 0); SELECT last_insert_rowid();
                """, older > 0 ? parameters with { Lease = 0L } : parameters, transaction, cancellationToken: cancellationToken));
            return (id, older > 0);
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
        database.WriteAsync((connection, transaction) => DeleteAsync(connection, transaction, id, cancellationToken), cancellationToken);

    /// <summary>Deletes a delivered row inside the caller's transaction (with its comparison record: one commit).</summary>
    public static Task<int> DeleteAsync(System.Data.Common.DbConnection connection, System.Data.Common.DbTransaction transaction, long id, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition("DELETE FROM facade_outbox WHERE id = @id", new { id }, transaction, cancellationToken: cancellationToken));

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

    private sealed record OutboxInsert
    {
        public long At { get; init; }

        public string Key { get; init; } = "";

        public byte[] Request { get; init; } = [];

        public long Lease { get; init; }
    }
}
