using System.Data.Common;
using Strangler.Legacy.Platform.Store;

namespace Strangler.Legacy.Accs.Messages;

/// <summary>
/// One message's unit of work on the ACCS store: its open connection and transaction, the row-id
/// source, and the received-at everything in it is stamped with (Hong Kong local, no zone).
/// </summary>
internal sealed class AccsSession(
    DbConnection connection,
    DbTransaction transaction,
    LegacySequences sequences,
    DateTimeOffset receivedAt,
    CancellationToken cancellationToken)
{
    public DbConnection Connection { get; } = connection;

    public DbTransaction Transaction { get; } = transaction;

    public DateTimeOffset ReceivedAt { get; } = receivedAt;


    public CancellationToken CancellationToken { get; } = cancellationToken;

    /// <summary>The next row id of a table's key (<c>ACC_AWB</c> …), from the store's sequences.</summary>
    public Task<long> NextIdAsync(string table) => sequences.NextAsync(Connection, Transaction, table, null, CancellationToken);

    /// <summary>The next value of a legacy-block sequence of <paramref name="width"/> digits that restarts every Hong Kong day.</summary>
    public Task<long> NextDailyAsync(string name, DateOnly day, int width) =>
        sequences.NextLegacyAsync(Connection, Transaction, name, day, width, CancellationToken);

    public Dapper.CommandDefinition Command(string sql, object? parameters = null) =>
        new(sql, parameters, Transaction, cancellationToken: CancellationToken);
}
