using Dapper;
using Strangler.Facade.ControlPlane;
using Strangler.Facade.Routing;

namespace Strangler.Facade.Feeds;

/// <summary>
/// The merged feeds' ledger in the control-plane database: per interface and key hash, the entries served with their
/// facade cursors (never changed once given) and how far each system's feed has been read. Replicas share it; a
/// writer that finds the positions moved under it gets <c>false</c> and starts again from what is stored.
/// </summary>
internal sealed class FeedLedger(ControlPlaneDatabase database, TimeProvider clock)
{
    /// <summary>The key's ledger, started at <paramref name="startAt"/> (both systems read from there) if it has none.</summary>
    public async Task<FeedPosition> OpenAsync(ContractInterface contractInterface, string keyHash, long startAt, CancellationToken cancellationToken)
    {
        var iface = contractInterface.PathSegment();
        if (await LoadAsync(iface, keyHash, cancellationToken) is { } position)
        {
            return position;
        }

        try
        {
            var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
            await database.WriteAsync((connection, transaction) => connection.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO facade_feed_position (interface, key_sha256, base_cursor, last_cursor, legacy_position, core_position, created_at_ms, updated_at_ms)
                VALUES (@iface, @keyHash, @startAt, @startAt, @startAt, @startAt, @now, @now)
                """,
                new { iface, keyHash, startAt, now }, transaction, cancellationToken: cancellationToken)), cancellationToken);
        }
        catch (Exception e) when (ControlPlaneDatabase.IsUniqueViolation(e))
        {
            // Another request or replica started it first: theirs counts.
        }

        return await LoadAsync(iface, keyHash, cancellationToken)
            ?? throw new InvalidOperationException("A feed ledger row vanished; rows are never deleted.");
    }

    /// <summary>
    /// Appends <paramref name="entries"/> with the next facade cursors and moves the positions, only if the ledger is
    /// still at <paramref name="seen"/>; false when another writer got there first (nothing is written then).
    /// </summary>
    public async Task<bool> AppendAsync(
        ContractInterface contractInterface, string keyHash, FeedPosition seen, IReadOnlyList<(Side Side, FeedEntry Entry)> entries,
        long legacyTo, long coreTo, CancellationToken cancellationToken)
    {
        var iface = contractInterface.PathSegment();
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        try
        {
            return await database.WriteAsync(async (connection, transaction) =>
            {
                // The update first: on PostgreSQL it locks the row, so a concurrent appender waits and then finds it moved.
                var moved = await connection.ExecuteAsync(new CommandDefinition(
                    """
                    UPDATE facade_feed_position
                    SET last_cursor = @last, legacy_position = @legacyTo, core_position = @coreTo, updated_at_ms = @now
                    WHERE interface = @iface AND key_sha256 = @keyHash AND last_cursor = @seenLast
                      AND legacy_position = @seenLegacy AND core_position = @seenCore
                    """,
                    new
                    {
                        iface, keyHash, last = seen.Last + entries.Count, legacyTo, coreTo, now,
                        seenLast = seen.Last, seenLegacy = seen.Legacy, seenCore = seen.Core,
                    }, transaction, cancellationToken: cancellationToken));
                if (moved != 1)
                {
                    return false;
                }

                var cursor = seen.Last;
                foreach (var (side, entry) in entries)
                {
                    await connection.ExecuteAsync(new CommandDefinition(
                        """
                        INSERT INTO facade_feed_entry (interface, key_sha256, feed_cursor, side, side_cursor, entry_at_ms, body, served_at_ms)
                        VALUES (@iface, @keyHash, @cursor, @side, @sideCursor, @at, @body, @now)
                        """,
                        new
                        {
                            iface, keyHash, cursor = ++cursor, side = side.ToString().ToLowerInvariant(), sideCursor = entry.Cursor,
                            at = entry.At?.ToUnixTimeMilliseconds(), body = entry.Body, now,
                        }, transaction, cancellationToken: cancellationToken));
                }

                return true;
            }, cancellationToken);
        }
        catch (Exception e) when (ControlPlaneDatabase.IsUniqueViolation(e))
        {
            return false;
        }
    }

    /// <summary>Up to <paramref name="max"/> entries after the facade cursor <paramref name="after"/>, in cursor order.</summary>
    public async Task<IReadOnlyList<ServedEntry>> EntriesAsync(
        ContractInterface contractInterface, string keyHash, long after, int max, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(long Cursor, byte[] Body)>(new CommandDefinition(
            """
            SELECT feed_cursor, body FROM facade_feed_entry
            WHERE interface = @iface AND key_sha256 = @keyHash AND feed_cursor > @after
            ORDER BY feed_cursor LIMIT @max
            """,
            new { iface = contractInterface.PathSegment(), keyHash, after, max }, cancellationToken: cancellationToken));
        return rows.Select(r => new ServedEntry(r.Cursor, r.Body)).ToList();
    }

    private async Task<FeedPosition?> LoadAsync(string iface, string keyHash, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<(long Base, long Last, long Legacy, long Core)?>(new CommandDefinition(
            """
            SELECT base_cursor, last_cursor, legacy_position, core_position FROM facade_feed_position
            WHERE interface = @iface AND key_sha256 = @keyHash
            """,
            new { iface, keyHash }, cancellationToken: cancellationToken));
        return row is { } r ? new FeedPosition(r.Base, r.Last, r.Legacy, r.Core) : null;
    }
}
