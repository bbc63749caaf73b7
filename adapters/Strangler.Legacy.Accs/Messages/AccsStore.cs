using System.Data.Common;
using Strangler.CargoImp.Answers;
using Strangler.Contracts.References;
using Strangler.Contracts.Time;
using Strangler.Legacy.Platform.Store;

namespace Strangler.Legacy.Accs.Messages;

/// <summary>
/// The ACCS store's connections and numbers: one write at a time (the legacy system's single
/// message queue; it also keeps versions, cursors and sequences free of races on PostgreSQL), reads on
/// their own connections, row ids and receipt numbers from <c>ACC_SEQUENCES</c>.
/// </summary>
internal sealed class AccsStore(LegacyDatabase database, LegacySequences sequences)
{
    private const string ReceiptSequence = "RECEIPT";

    private readonly SemaphoreSlim _writes = new(1, 1);

    public LegacyDatabase Database { get; } = database;

    public async Task<T> WriteAsync<T>(DateTimeOffset receivedAt, Func<AccsSession, Task<T>> work, CancellationToken cancellationToken)
    {
        await _writes.WaitAsync(cancellationToken);
        try
        {
            return await Database.WriteAsync(
                (connection, transaction) => work(new AccsSession(connection, transaction, sequences, receivedAt, cancellationToken)),
                cancellationToken);
        }
        finally
        {
            _writes.Release();
        }
    }

    public Task<T> ReadAsync<T>(Func<DbConnection, Task<T>> read, CancellationToken cancellationToken) =>
        Database.ReadAsync(read, cancellationToken);

    /// <summary>The next receipt number of received-at's Hong Kong day, from the legacy block (first digit 0–4).</summary>
    public async Task<string> NextReceiptAsync(AccsSession s)
    {
        var day = HongKongTime.Date(s.ReceivedAt);
        var sequence = await s.NextDailyAsync(ReceiptSequence, day, AccsReceiptNumber.SequenceDigits);
        return AccsReceiptNumber.Create(day, AccsReceiptNumber.FirstSequence(IssuerBlock.Legacy) + sequence);
    }
}
