using System.Globalization;
using Strangler.Contracts.Clients;
using Strangler.Contracts.Http.Answers;
using Strangler.Contracts.Http.Requests;
using Strangler.Contracts.Time;
using Strangler.Edifact.Checking;
using Strangler.Edifact.Cusres;
using Strangler.Edifact.Envelope;
using Strangler.Legacy.Gets.Answers;
using Strangler.Legacy.Gets.Declarations;
using Strangler.Legacy.Gets.Hours;
using Strangler.Legacy.Gets.Queue;
using Strangler.Legacy.Gets.Replay;
using Strangler.Legacy.Gets.Store;
using Strangler.Legacy.Platform.Store;

namespace Strangler.Legacy.Gets.Processing;

/// <summary>
/// The legacy GETS write path and its reads, without HTTP: <see cref="SubmitAsync"/> answers a CUSDEC
/// interchange (replays, envelope, four phases, store rules, service hours), <see cref="DeclarationAsync"/>
/// and <see cref="AcknowledgementsAsync"/> answer the two GETs. Every call first processes the queued
/// messages that are due by the clock, so a fake clock gives deterministic results.
/// </summary>
public sealed class GetsProcessor
{
    private const int AnswerRefDigits = 13;

    private readonly LegacyDatabase database;
    private readonly LegacySequences sequences;
    private readonly DeclarationLodging lodging;
    private readonly QueueProcessor queue;
    private readonly GetsWriteLock writeLock;
    private readonly ServiceHours hours;
    private readonly TimeProvider clock;

    internal GetsProcessor(
        LegacyDatabase database,
        LegacySequences sequences,
        DeclarationLodging lodging,
        QueueProcessor queue,
        GetsWriteLock writeLock,
        ServiceHours hours,
        TimeProvider clock)
    {
        HongKongLocalTime.RegisterWithDapper();
        this.database = database;
        this.sequences = sequences;
        this.lodging = lodging;
        this.queue = queue;
        this.writeLock = writeLock;
        this.hours = hours;
        this.clock = clock;
    }

    /// <summary>Answers one request body (an interchange of CUSDEC messages) received at <paramref name="receivedAt"/>.</summary>
    public Task<ContractAnswer> SubmitAsync(
        ClientAuthority key, ReadOnlyMemory<byte> body, DateTimeOffset receivedAt, FacadeContext? facade, CancellationToken cancellationToken) =>
        TakenReferences.RefuseAsync(facade, () => SubmitCoreAsync(key, body, receivedAt, facade, cancellationToken));

    private async Task<ContractAnswer> SubmitCoreAsync(
        ClientAuthority key, ReadOnlyMemory<byte> body, DateTimeOffset receivedAt, FacadeContext? facade, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        receivedAt = HongKongTime.TruncateToSeconds(HongKongTime.ToHongKong(receivedAt));
        using var entered = await writeLock.EnterAsync(cancellationToken);
        await queue.ProcessDueAsync(Now(), cancellationToken);

        var envelope = EnvelopeReader.Open(body.Span, EdifactInterface.Gets);
        if (!envelope.IsAccepted)
        {
            // Envelope rejections are not recorded: a resend is judged afresh.
            var refused = CusresAnswers.EnvelopeRejection(envelope, receivedAt);
            return await AnswerAsync(envelope, key, receivedAt, facade, [refused], cancellationToken);
        }

        var interchangeRef = envelope.Header!.InterchangeRef;
        var signature = InterchangeSignature.Of(envelope.Messages);
        if (await database.ReadAsync(c => RequestLog.FindInterchangeAsync(c, key.Key, interchangeRef, signature), cancellationToken) is { } replay)
        {
            return ContractAnswer.Edifact(replay);
        }

        var answers = new List<CusresMessage>(envelope.Messages.Count);
        var everyMessageRecorded = true;
        foreach (var message in envelope.Messages)
        {
            var (answer, recorded) = await AnswerMessageAsync(key, envelope, message, receivedAt, facade, cancellationToken);
            answers.Add(answer);
            everyMessageRecorded &= recorded;
        }

        var answerRef = await AnswerRefAsync(facade, cancellationToken);
        var bytes = CusresWriter.Write(CusresAnswers.Interchange(
            AnswerEnvelope.For(envelope, key.EdifactPartyId, receivedAt, answerRef), answers));

        // An answer with an E008 in it is not an answer to record: that message was not recorded either.
        if (everyMessageRecorded)
        {
            await RecordInterchangeAsync(key, interchangeRef, signature, answerRef, bytes, receivedAt, cancellationToken);
        }

        return ContractAnswer.Edifact(bytes);
    }

    /// <summary>GET /gets/v1/declarations/{tdecNo}: the current version's acknowledgement, or 404 (unknown, or another key's).</summary>
    public async Task<ContractAnswer> DeclarationAsync(
        ClientAuthority key, string tdecNo, DateTimeOffset receivedAt, FacadeContext? facade, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        receivedAt = HongKongTime.TruncateToSeconds(HongKongTime.ToHongKong(receivedAt));
        using var entered = await writeLock.EnterAsync(cancellationToken);
        await queue.ProcessDueAsync(Now(), cancellationToken);

        var current = await database.ReadAsync(c => DeclarationStore.FindAsync(c, null, tdecNo), cancellationToken);
        if (current is null || current.ClientKey != key.Key)
        {
            return ContractAnswer.NotFound;
        }

        var amounts = new List<CusresAmount>();
        if (!current.IsCancelled)
        {
            amounts.Add(CusresAmount.Of(CusresAmount.Charge, current.Charge ?? 0m));
            if (current.OriginalPenalty is { } penalty)
            {
                amounts.Add(CusresAmount.Of(CusresAmount.Penalty, penalty));
            }

            if (current.Levy is { } levy)
            {
                amounts.Add(CusresAmount.Of(CusresAmount.Levy, levy));
            }
        }

        var acknowledgement = CusresAnswers.Acceptance(
            EdifactInterface.Gets,
            new AnswerSubject(current.InterchangeRef, current.MessageRef, current.Lrn),
            current.ReceivedAt,
            current.TdecNo,
            [current.IsCancelled ? CusresAnswers.Cancelled : CusresAnswers.Accepted],
            amounts) with { Reference = "1" };
        return await KeyAnswerAsync(key, receivedAt, facade, [acknowledgement], cancellationToken);
    }

    /// <summary>GET /gets/v1/acknowledgements: the key's feed of what processing queued messages answered, after a cursor.</summary>
    public async Task<ContractAnswer> AcknowledgementsAsync(
        ClientAuthority key, long after, int max, DateTimeOffset receivedAt, FacadeContext? facade, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        receivedAt = HongKongTime.TruncateToSeconds(HongKongTime.ToHongKong(receivedAt));
        using var entered = await writeLock.EnterAsync(cancellationToken);
        await queue.ProcessDueAsync(Now(), cancellationToken);

        var rows = await database.ReadAsync(c => QueueStore.FeedAsync(c, key.Key, after, max), cancellationToken);
        var entries = rows.Select((row, i) => CusresAnswers.FeedEntry(RecordedAnswer.Parse(row.AnswerText), i + 1, row.CursorNo));
        return await KeyAnswerAsync(key, receivedAt, facade, entries, cancellationToken);
    }

    /// <summary>Processes the queued messages due by the clock (the hosted service calls this at each opening).</summary>
    public async Task<int> ProcessDueQueueAsync(CancellationToken cancellationToken)
    {
        using var entered = await writeLock.EnterAsync(cancellationToken);
        return await queue.ProcessDueAsync(Now(), cancellationToken);
    }

    private DateTimeOffset Now() => HongKongTime.ReceivedAt(clock);

    // One message in its own transaction; false when its answer is not recorded (E008).
    private async Task<(CusresMessage Answer, bool Recorded)> AnswerMessageAsync(
        ClientAuthority key, InterchangeEnvelope envelope, EdifactMessage message, DateTimeOffset receivedAt, FacadeContext? facade,
        CancellationToken cancellationToken)
    {
        var interchangeRef = envelope.Header!.InterchangeRef;
        var subject = AnswerSubject.Of(envelope, message);
        var hash = message.ContentHash();
        var earlier = await database.ReadAsync(
            c => RequestLog.FindMessageAsync(c, null, key.Key, interchangeRef, message.Reference), cancellationToken);
        if (earlier is not null)
        {
            return Replayed(earlier, hash, subject, receivedAt);
        }

        var issued = facade?.IssuedFor(message.Reference);
        var result = await database.WriteAsync<LodgingResult?>(
            async (connection, transaction) =>
            {
                if (!await RequestLog.ClaimMessageAsync(connection, transaction, key.Key, interchangeRef, message.Reference, hash, receivedAt))
                {
                    return null;
                }

                var outcome = hours.IsOpen(receivedAt)
                    ? await lodging.LodgeAsync(connection, transaction, key, message, subject, receivedAt, issued, cancellationToken)
                    : await queue.EnqueueAsync(connection, transaction, key, envelope, message, subject, receivedAt, issued, cancellationToken);
                await RequestLog.CompleteMessageAsync(
                    connection, transaction, key.Key, interchangeRef, message.Reference, outcome.Outcome, RecordedAnswer.Text(outcome.Answer));
                return outcome;
            },
            cancellationToken);
        if (result is not null)
        {
            return (result.Answer, true);
        }

        // A concurrent duplicate (another process) recorded it first: answer as a resend would be answered.
        var recorded = await database.ReadAsync(
            c => RequestLog.FindMessageAsync(c, null, key.Key, interchangeRef, message.Reference), cancellationToken);
        return Replayed(recorded!, hash, subject, receivedAt);
    }

    private static (CusresMessage, bool) Replayed(RecordedMessage earlier, string hash, AnswerSubject subject, DateTimeOffset receivedAt) =>
        earlier.ContentHash.TrimEnd() == hash
            ? (RecordedAnswer.Parse(earlier.AnswerText), true)
            : (CusresAnswers.Rejection(EdifactInterface.Gets, subject, receivedAt, [EdifactErrors.Of("E008")]), false);

    private Task RecordInterchangeAsync(
        ClientAuthority key, string interchangeRef, string signature, string answerRef, byte[] bytes, DateTimeOffset receivedAt,
        CancellationToken cancellationToken) =>
        database.WriteAsync<int>(
            async (connection, transaction) =>
                await RequestLog.RecordInterchangeAsync(connection, transaction, key.Key, interchangeRef, signature, answerRef, bytes, receivedAt),
            cancellationToken);

    private async Task<ContractAnswer> AnswerAsync(
        InterchangeEnvelope envelope, ClientAuthority key, DateTimeOffset receivedAt, FacadeContext? facade,
        IEnumerable<CusresMessage> messages, CancellationToken cancellationToken)
    {
        var answerRef = await AnswerRefAsync(facade, cancellationToken);
        return ContractAnswer.Edifact(CusresWriter.Write(CusresAnswers.Interchange(
            AnswerEnvelope.For(envelope, key.EdifactPartyId, receivedAt, answerRef), messages)));
    }

    private async Task<ContractAnswer> KeyAnswerAsync(
        ClientAuthority key, DateTimeOffset receivedAt, FacadeContext? facade, IEnumerable<CusresMessage> messages,
        CancellationToken cancellationToken)
    {
        var answerRef = await AnswerRefAsync(facade, cancellationToken);
        return ContractAnswer.Edifact(CusresWriter.Write(CusresAnswers.Interchange(
            AnswerEnvelope.ForKey(EdifactInterface.Gets, key.EdifactPartyId, receivedAt, answerRef), messages)));
    }

    // R + block digit + 12-digit sequence that never restarts; the facade may name the ref to use.
    private async Task<string> AnswerRefAsync(FacadeContext? facade, CancellationToken cancellationToken)
    {
        if (facade?.AnswerRef is { } given && AnswerEnvelope.IsAnswerRef(given))
        {
            return given;
        }

        var sequence = await database.WriteAsync(
            (connection, transaction) => sequences.NextLegacyAsync(connection, transaction, GetsSequences.AnswerRef, null, AnswerRefDigits, cancellationToken),
            cancellationToken);
        return "R" + sequence.ToString("D13", CultureInfo.InvariantCulture);
    }
}
