using System.Data.Common;
using Microsoft.AspNetCore.Http;
using Strangler.Contracts.Http.Answers;
using Strangler.Contracts.Http.Requests;
using Strangler.Core.Hosting.Concurrency;
using Strangler.Core.Hosting.Numbering;
using Strangler.Core.Store.Database;
using Strangler.Core.Store.Documents;
using Strangler.Core.Store.Requests;
using Strangler.Edifact.Cusdec;
using Strangler.Edifact.Cusres;
using Strangler.Edifact.Envelope;

namespace Strangler.Core.Gets.Lodging;

/// <summary>
/// POST /gets/v1/messages: the envelope, then each message in order (replayed, E008, or decided), then the whole answer
/// recorded for a byte-for-byte resend. Requests of one key run one at a time; the replay look-ups, every message's
/// writes and recorded answer, the answer interchange ref and the whole answer share ONE write transaction, so an
/// interchange is stored and recorded entirely or not at all.
/// </summary>
internal sealed class GetsLodging(
    DeclarationDecider decider, RequestLog log, CoreReferences numbers, KeyedLocks locks, DocumentReader reader, CoreDatabase database)
{
    public async Task<ContractAnswer> LodgeAsync(ContractRequest request, CancellationToken cancellationToken)
    {
        var facadeRef = request.Facade?.AnswerRef;
        if (facadeRef is not null && !AnswerEnvelope.IsAnswerRef(facadeRef))
        {
            return ContractAnswer.Empty(StatusCodes.Status400BadRequest);
        }

        var envelope = EnvelopeReader.Open(request.Body.Span, EdifactInterface.Gets);
        if (!envelope.IsAccepted)
        {
            // Not recorded: a resend is checked again.
            var rejection = CusresAnswers.EnvelopeRejection(envelope, request.ReceivedAt);
            return ContractAnswer.Edifact(await WriteAsync(request, envelope, [rejection], numbers, cancellationToken));
        }

        using var held = await locks.EnterAsync("gets:" + request.Client.Key, cancellationToken);
        try
        {
            return await database.WriteAsync(
                (connection, transaction) => LodgeAsync(request, envelope, connection, transaction, cancellationToken), cancellationToken);
        }
        catch (FacadeRefusedException)
        {
            // Thrown inside the transaction, so it rolled back: a refused facade reference stores nothing.
            return ContractAnswer.Empty(StatusCodes.Status400BadRequest);
        }
    }

    private async Task<ContractAnswer> LodgeAsync(
        ContractRequest request, InterchangeEnvelope envelope, DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        var key = request.Client.Key;
        var interchangeRef = envelope.Header!.InterchangeRef;
        var wholeHash = Replay.InterchangeHash(envelope.Messages);
        if (await log.FindAsync(Replay.Interface, key, Replay.InterchangeId(interchangeRef), connection, transaction, cancellationToken) is { } whole &&
            whole.ContentHash == wholeHash)
        {
            return ContractAnswer.Edifact(whole.Answer);
        }

        var recorded = new Dictionary<string, RecordedAnswer>(StringComparer.Ordinal);
        foreach (var message in envelope.Messages)
        {
            var id = Replay.MessageId(interchangeRef, message.Reference);
            if (await log.FindAsync(Replay.Interface, key, id, connection, transaction, cancellationToken) is { } found)
            {
                recorded[message.Reference] = found;
            }
        }

        // The facade's TDEC numbers are judged before anything is written.
        if (!await FacadeReferencesUsableAsync(request, envelope, recorded, connection, transaction, cancellationToken))
        {
            throw new FacadeRefusedException();
        }

        var answers = new List<CusresMessage>();
        var anyE008 = false;
        foreach (var message in envelope.Messages)
        {
            if (recorded.TryGetValue(message.Reference, out var earlier))
            {
                if (earlier.ContentHash == message.ContentHash() && Replay.RecordedMessage(earlier.Answer) is { } copy)
                {
                    answers.Add(copy);
                    continue;
                }

                anyE008 = true;
                answers.Add(CusresAnswers.Rejection(
                    EdifactInterface.Gets, AnswerSubject.Of(envelope, message), request.ReceivedAt, [Strangler.Edifact.Checking.EdifactErrors.Of("E008")]));
                continue;
            }

            var outcome = await decider.DecideAsync(request, envelope, message, connection, transaction, cancellationToken);
            if (outcome.Answer is not { } answer)
            {
                // Rolls back this interchange's earlier messages too.
                throw new FacadeRefusedException();
            }

            // Each message's answer is recorded on its own too (a later interchange may resend it); it commits with the
            // message's data, so the earlier recovery for a failure between the two is no longer needed.
            var single = CusresWriter.Write(CusresAnswers.Interchange(
                AnswerEnvelope.For(envelope, request.Client.EdifactPartyId, request.ReceivedAt, RecordingRef), [answer]));
            await log.RecordAsync(
                Replay.Interface, key, Replay.MessageId(interchangeRef, message.Reference), new(message.ContentHash(), single),
                connection, transaction, cancellationToken);
            answers.Add(answer);
        }

        // The answer ref is drawn last, so its sequence row (one per interface) is locked only for the last statements.
        var body = await WriteAsync(request, envelope, answers, numbers.In(connection, transaction), cancellationToken);
        if (!anyE008)
        {
            await log.RecordAsync(Replay.Interface, key, Replay.InterchangeId(interchangeRef), new(wholeHash, body), connection, transaction, cancellationToken);
        }

        return ContractAnswer.Edifact(body);
    }

    // A one-message record only keeps the CUSRES; its envelope is never sent, so it carries a fixed ref.
    private const string RecordingRef = "R0000000000000";

    private async Task<bool> FacadeReferencesUsableAsync(
        ContractRequest request, InterchangeEnvelope envelope, Dictionary<string, RecordedAnswer> recorded, DbConnection connection,
        DbTransaction transaction, CancellationToken cancellationToken)
    {
        if (request.Facade is not { } facade)
        {
            return true;
        }

        foreach (var message in envelope.Messages.Where(m => !recorded.ContainsKey(m.Reference)))
        {
            if (facade.IssuedFor(message.Reference) is { } issued &&
                (!TdecNumber.IsWellFormed(issued) || await reader.DocumentAsync(issued, connection, transaction, cancellationToken) is not null))
            {
                return false;
            }
        }

        return true;
    }

    private static async Task<byte[]> WriteAsync(
        ContractRequest request, InterchangeEnvelope envelope, IEnumerable<CusresMessage> messages, CoreReferences numbers,
        CancellationToken cancellationToken)
    {
        var answerRef = request.Facade?.AnswerRef ?? await numbers.NextAnswerInterchangeRefAsync("gets", cancellationToken);
        var answerEnvelope = AnswerEnvelope.For(envelope, request.Client.EdifactPartyId, request.ReceivedAt, answerRef);
        return CusresWriter.Write(CusresAnswers.Interchange(answerEnvelope, messages));
    }

    /// <summary>A facade-named TDEC number is unusable: thrown to roll the transaction back, answered with an empty 400.</summary>
    private sealed class FacadeRefusedException : Exception;
}
