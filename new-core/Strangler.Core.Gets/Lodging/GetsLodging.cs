using Microsoft.AspNetCore.Http;
using Strangler.Contracts.Http.Answers;
using Strangler.Contracts.Http.Requests;
using Strangler.Core.Hosting.Concurrency;
using Strangler.Core.Hosting.Numbering;
using Strangler.Core.Store.Documents;
using Strangler.Core.Store.Requests;
using Strangler.Edifact.Cusdec;
using Strangler.Edifact.Cusres;
using Strangler.Edifact.Envelope;

namespace Strangler.Core.Gets.Lodging;

/// <summary>
/// POST /gets/v1/messages: the envelope, then each message in order (replayed, E008, or decided and recorded on its
/// own), then the whole answer recorded for a byte-for-byte resend. Requests of one key run one at a time.
/// </summary>
internal sealed class GetsLodging(
    DeclarationDecider decider, RequestLog log, CoreReferences numbers, KeyedLocks locks, DocumentReader reader)
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
            return await AnswerAsync(request, envelope, [rejection], cancellationToken);
        }

        var key = request.Client.Key;
        var interchangeRef = envelope.Header!.InterchangeRef;
        using var held = await locks.EnterAsync("gets:" + key, cancellationToken);
        var wholeHash = Replay.InterchangeHash(envelope.Messages);
        if (await log.FindAsync(Replay.Interface, key, Replay.InterchangeId(interchangeRef), cancellationToken) is { } whole &&
            whole.ContentHash == wholeHash)
        {
            return ContractAnswer.Edifact(whole.Answer);
        }

        var recorded = new Dictionary<string, RecordedAnswer>(StringComparer.Ordinal);
        foreach (var message in envelope.Messages)
        {
            if (await log.FindAsync(Replay.Interface, key, Replay.MessageId(interchangeRef, message.Reference), cancellationToken) is { } found)
            {
                recorded[message.Reference] = found;
            }
        }

        // The facade's TDEC numbers are judged before anything is stored, so a refused one stores nothing.
        if (!await FacadeReferencesUsableAsync(request, envelope, recorded, cancellationToken))
        {
            return ContractAnswer.Empty(StatusCodes.Status400BadRequest);
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

            var outcome = await decider.DecideAsync(request, envelope, message, cancellationToken);
            if (outcome.Answer is not { } answer)
            {
                return ContractAnswer.Empty(StatusCodes.Status400BadRequest);
            }

            // Each message commits on its own, so a retry after a failure part-way replays it.
            var single = CusresWriter.Write(CusresAnswers.Interchange(
                AnswerEnvelope.For(envelope, request.Client.EdifactPartyId, request.ReceivedAt, RecordingRef), [answer]));
            await log.RecordAsync(
                Replay.Interface, key, Replay.MessageId(interchangeRef, message.Reference), new(message.ContentHash(), single), cancellationToken);
            answers.Add(answer);
        }

        var body = await WriteAsync(request, envelope, answers, cancellationToken);
        if (!anyE008)
        {
            await log.RecordAsync(Replay.Interface, key, Replay.InterchangeId(interchangeRef), new(wholeHash, body), cancellationToken);
        }

        return ContractAnswer.Edifact(body);
    }

    // A one-message record only keeps the CUSRES; its envelope is never sent, so it carries a fixed ref.
    private const string RecordingRef = "R0000000000000";

    private async Task<bool> FacadeReferencesUsableAsync(
        ContractRequest request, InterchangeEnvelope envelope, Dictionary<string, RecordedAnswer> recorded, CancellationToken cancellationToken)
    {
        if (request.Facade is not { } facade)
        {
            return true;
        }

        foreach (var message in envelope.Messages.Where(m => !recorded.ContainsKey(m.Reference)))
        {
            if (facade.IssuedFor(message.Reference) is { } issued &&
                (!TdecNumber.IsWellFormed(issued) || await reader.DocumentAsync(issued, cancellationToken) is not null))
            {
                return false;
            }
        }

        return true;
    }

    private async Task<ContractAnswer> AnswerAsync(
        ContractRequest request, InterchangeEnvelope envelope, IEnumerable<CusresMessage> messages, CancellationToken cancellationToken) =>
        ContractAnswer.Edifact(await WriteAsync(request, envelope, messages, cancellationToken));

    private async Task<byte[]> WriteAsync(
        ContractRequest request, InterchangeEnvelope envelope, IEnumerable<CusresMessage> messages, CancellationToken cancellationToken)
    {
        var answerRef = request.Facade?.AnswerRef ?? await numbers.NextAnswerInterchangeRefAsync("gets", cancellationToken);
        var answerEnvelope = AnswerEnvelope.For(envelope, request.Client.EdifactPartyId, request.ReceivedAt, answerRef);
        return CusresWriter.Write(CusresAnswers.Interchange(answerEnvelope, messages));
    }
}
