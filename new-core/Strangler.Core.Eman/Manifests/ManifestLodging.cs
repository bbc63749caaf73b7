using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Strangler.Contracts.Checking;
using Strangler.Contracts.Http.Answers;
using Strangler.Contracts.Http.Requests;
using Strangler.Core.Eman.Answers;
using Strangler.Core.Eman.Notices;
using Strangler.Core.Hosting.Concurrency;
using Strangler.Core.Hosting.Numbering;
using Strangler.Edifact.Checking;
using Strangler.Edifact.Cuscar;
using Strangler.Edifact.Cusres;
using Strangler.Edifact.Envelope;

namespace Strangler.Core.Eman.Manifests;

/// <summary>
/// POST /eman/v1/manifests: the envelope, replays (edifact.md "Replays"), then each message in order through the four
/// phases and the store rules, each committing on its own. One client key's requests are serialised.
/// </summary>
internal sealed class ManifestLodging(
    ManifestStore store, ManifestProcessor processor, NoticeBoard notices, CoreReferences references, KeyedLocks locks)
{
    public async Task<ContractAnswer> LodgeAsync(ContractRequest request, CancellationToken cancellationToken)
    {
        var receivedAt = request.ReceivedAt;
        var decoded = CuscarCodec.Decode(request.Body, new CheckContext(receivedAt, request.Client, RuleProfile.NewCore));
        var envelope = decoded.Envelope;
        var facadeRef = request.Facade?.AnswerRef;
        if (facadeRef is not null && !AnswerEnvelope.IsAnswerRef(facadeRef))
        {
            return ContractAnswer.Empty(StatusCodes.Status400BadRequest);
        }

        if (!envelope.IsAccepted)
        {
            var answerRef = facadeRef ?? await references.NextAnswerInterchangeRefAsync("eman", cancellationToken);
            var rejection = CusresAnswers.EnvelopeRejection(envelope, receivedAt);
            var answer = AnswerEnvelope.For(envelope, request.Client.EdifactPartyId, receivedAt, answerRef);
            return ContractAnswer.Edifact(CusresWriter.Write(CusresAnswers.Interchange(answer, [rejection])));
        }

        var key = request.Client.Key;
        var interchangeRef = envelope.Header!.InterchangeRef;
        using var held = await locks.EnterAsync("eman:" + key, cancellationToken);
        await notices.IssueDueVouchersAsync(key, receivedAt, cancellationToken);

        var interchangeHash = InterchangeHash(envelope.Messages);
        if (await store.RecordedInterchangeAsync(key, interchangeRef, cancellationToken) is { } whole && whole.ContentHash == interchangeHash)
        {
            return ContractAnswer.Edifact(whole.Answer);
        }

        var recorded = await store.RecordedMessagesAsync(key, interchangeRef, cancellationToken);
        if (!await processor.FacadeReferencesUsableAsync(request, decoded, recorded, cancellationToken))
        {
            return ContractAnswer.Empty(StatusCodes.Status400BadRequest);
        }

        var envelopeOut = AnswerEnvelope.For(envelope, request.Client.EdifactPartyId, receivedAt,
            facadeRef ?? await references.NextAnswerInterchangeRefAsync("eman", cancellationToken));
        var texts = new List<string>();
        var hasReuse = false;
        foreach (var result in decoded.Messages)
        {
            var message = result.Message;
            if (recorded.TryGetValue(message.Reference, out var earlier))
            {
                if (earlier.ContentHash == message.ContentHash())
                {
                    await processor.EnsureCanonicalAsync(key, interchangeRef, result, cancellationToken);
                    texts.Add(earlier.Answer);
                    continue;
                }

                // Decided before phase 1 and not recorded: the earlier answer keeps the ref.
                hasReuse = true;
                var reused = CusresAnswers.Rejection(EdifactInterface.Eman, AnswerSubject.Of(envelope, message), receivedAt,
                    [EdifactErrors.Of(EdifactErrors.ReferenceReused)]);
                texts.Add(AnswerText.Message(envelopeOut, reused));
                continue;
            }

            texts.Add(await processor.ProcessAsync(request, envelope, envelopeOut, result, cancellationToken));
        }

        var body = AnswerText.Interchange(envelopeOut, texts);
        if (!hasReuse)
        {
            await store.RecordInterchangeAsync(key, interchangeRef, interchangeHash, body, cancellationToken);
        }

        return ContractAnswer.Edifact(body);
    }

    // The message refs in order with each message's normalised hash: equal exactly when the replay rule holds.
    private static string InterchangeHash(IEnumerable<EdifactMessage> messages)
    {
        var text = string.Join('\n', messages.Select(m => m.Reference + " " + m.ContentHash()));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
