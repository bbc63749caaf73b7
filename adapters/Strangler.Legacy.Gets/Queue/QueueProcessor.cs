using System.Data.Common;
using Strangler.Contracts.Checking;
using Strangler.Contracts.Clients;
using Strangler.Contracts.Http.Clients;
using Strangler.Edifact.Checking;
using Strangler.Edifact.Cusdec;
using Strangler.Edifact.Cusres;
using Strangler.Edifact.Envelope;
using Strangler.Legacy.Gets.Answers;
using Strangler.Legacy.Gets.Hours;
using Strangler.Legacy.Gets.Processing;
using Strangler.Legacy.Gets.Replay;
using Strangler.Legacy.Gets.Store;
using Strangler.Legacy.Platform.Store;

namespace Strangler.Legacy.Gets.Queue;

/// <summary>
/// Service hours (gets.md): outside them a message gets the envelope and phases 1–3 at once and, when
/// it passes, <c>GIS+QD</c> and a place in the queue; at the opening the queue is processed in order of
/// receipt with received-at kept as the arrival time, and each outcome goes to the sending key's feed.
/// </summary>
internal sealed class QueueProcessor(
    LegacyDatabase database, LegacySequences sequences, DeclarationLodging lodging, ServiceHours hours, IClientKeys keys)
{
    // Phases 1–3 only: the codec's table and checks, without the business rules.
    private static readonly EdifactMessageType StructureOnly = new()
    {
        Interface = CusdecMessageType.Instance.Interface,
        Type = CusdecMessageType.Instance.Type,
        Release = CusdecMessageType.Instance.Release,
        Association = CusdecMessageType.Instance.Association,
        DocumentCode = CusdecMessageType.Instance.DocumentCode,
        Subset = CusdecMessageType.Instance.Subset,
        BusinessRules = (_, _) => [],
    };

    public async Task<LodgingResult> EnqueueAsync(
        DbConnection connection,
        DbTransaction transaction,
        ClientAuthority key,
        InterchangeEnvelope envelope,
        EdifactMessage message,
        AnswerSubject subject,
        DateTimeOffset receivedAt,
        string? issuedTdecNo,
        CancellationToken cancellationToken)
    {
        var verdict = MessageChecker.Check(message, StructureOnly, new CheckContext(receivedAt, key, RuleProfile.Legacy));
        if (!verdict.Passed)
        {
            return DeclarationLodging.Rejected(subject, receivedAt, verdict.Errors);
        }

        var queueId = await sequences.NextAsync(connection, transaction, GetsSequences.QueueId, null, cancellationToken);
        await QueueStore.InsertAsync(connection, transaction, new QueuedMessage(
            queueId, key.Key, subject.InterchangeRef, subject.MessageRef, receivedAt, hours.NextOpening(receivedAt), issuedTdecNo,
            QueuedMessage.Capture(envelope, message)));
        return new(CusresAnswers.QueuedAnswer(subject, receivedAt), RequestLog.Queued);
    }

    /// <summary>Processes every waiting message due at <paramref name="now"/>, each in its own transaction; returns how many.</summary>
    public async Task<int> ProcessDueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var due = await database.ReadAsync(connection => QueueStore.DueAsync(connection, now), cancellationToken);
        var processed = 0;
        foreach (var queued in due)
        {
            if (await database.WriteAsync((connection, transaction) => ProcessAsync(connection, transaction, queued, now, cancellationToken), cancellationToken))
            {
                processed++;
            }
        }

        return processed;
    }

    private async Task<bool> ProcessAsync(
        DbConnection connection, DbTransaction transaction, QueuedMessage queued, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!await QueueStore.MarkProcessedAsync(connection, transaction, queued.QueueId, now))
        {
            return false;
        }

        var (envelope, message) = queued.Open();
        var key = keys.Find(queued.ClientKey) ?? Unauthorised(queued.ClientKey);
        var result = await lodging.LodgeAsync(
            connection, transaction, key, message, AnswerSubject.Of(envelope, message), queued.ReceivedAt, queued.IssuedTdecNo,
            cancellationToken);
        var cursor = await QueueStore.NextCursorAsync(connection, transaction, queued.ClientKey);
        await QueueStore.AppendFeedAsync(
            connection, transaction, queued.ClientKey, cursor, queued.QueueId, result.Outcome, RecordedAnswer.Text(result.Answer), now);
        return true;
    }

    // A key removed from configuration while its message waited: it may act for no BR number (E011).
    private static ClientAuthority Unauthorised(string key) =>
        new(key, ClientRole.None, new HashSet<string>(), new HashSet<string>(), new HashSet<string>(), false, null);
}
