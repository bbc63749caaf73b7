using System.Data.Common;
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
using Strangler.Core.Store.Database;
using Strangler.Edifact.Checking;
using Strangler.Edifact.Cuscar;
using Strangler.Edifact.Cusres;
using Strangler.Edifact.Envelope;

namespace Strangler.Core.Eman.Manifests;

/// <summary>
/// POST /eman/v1/manifests: the envelope, replays (edifact.md "Replays"), then each message in order through the four
/// phases and the store rules. One client key's requests are serialised (a per-key lock: voucher cursors and replays).
/// Round trips per request: one read transaction (recorded answers, facade refs, what clearance will assess), clearance
/// (its own transactions), then ONE write transaction holding the due vouchers, every message's rows, numbers, canonical
/// versions, notices and recorded answers, the answer interchange ref (drawn last) and the recorded interchange.
/// </summary>
internal sealed class ManifestLodging(
    ManifestStore store, ManifestProcessor processor, NoticeBoard notices, CoreReferences references, KeyedLocks locks)
{
    // Message texts do not contain the answer interchange ref (only UNB/UNZ do), so they are written with this stand-in
    // and the real ref, drawn at the end of the transaction, goes into the envelope.
    private const string PendingAnswerRef = "R0000000000000";

    // PostgreSQL deadlock_detected: one interchange drawing EMAN refs of two modes in the opposite order of another.
    private const string Deadlock = "40P01";
    private const int Attempts = 3;

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
        var interchangeHash = InterchangeHash(envelope.Messages);
        using var held = await locks.EnterAsync("eman:" + key, cancellationToken);

        // Due vouchers are issued in the write transaction below; a replay that writes nothing leaves them to the key's
        // next request, which issues them with the same times and cursors.
        IReadOnlyDictionary<string, RecordedMessage> recorded;
        IReadOnlyList<(int Index, CuscarManifest Manifest, IReadOnlySet<string> Already)> candidates;
        await using (var connection = await store.Database.OpenAsync(cancellationToken))
        {
            // One PostgreSQL transaction for all the reads, not one per statement; SQLite reads need none (and a default
            // SQLite transaction would take the write lock).
            await using var read = store.Database.Provider == CoreStoreProvider.Postgres ? await connection.BeginTransactionAsync(cancellationToken) : null;
            if (await ManifestStore.RecordedInterchangeAsync(connection, read, key, interchangeRef, cancellationToken) is { } whole &&
                whole.ContentHash == interchangeHash)
            {
                return ContractAnswer.Edifact(whole.Answer);
            }

            recorded = await ManifestStore.RecordedMessagesAsync(connection, read, key, interchangeRef, cancellationToken);
            if (!await processor.FacadeReferencesUsableAsync(request, decoded, recorded, connection, read, cancellationToken))
            {
                return ContractAnswer.Empty(StatusCodes.Status400BadRequest);
            }

            candidates = await processor.ClearanceCandidatesAsync(key, decoded, recorded, connection, read, cancellationToken);
            if (read is not null)
            {
                await read.CommitAsync(cancellationToken);
            }
        }

        var detains = await processor.AssessAheadAsync(candidates, receivedAt, cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var (body, assessLater) = await store.Database.WriteAsync(
                    (connection, transaction) => WriteAsync(connection, transaction, request, decoded, recorded, detains, interchangeHash, cancellationToken),
                    cancellationToken);
                foreach (var (emanRef, manifest) in assessLater)
                {
                    await processor.AssessAfterAsync(key, emanRef, manifest, receivedAt, cancellationToken);
                }

                return ContractAnswer.Edifact(body);
            }
            catch (DbException e) when (e.SqlState == Deadlock && attempt < Attempts)
            {
                // The whole transaction rolled back (numbers included); the key's lock is still held, so redo it.
            }
        }
    }

    private async Task<(byte[] Body, List<(string EmanRef, CuscarManifest Manifest)> AssessLater)> WriteAsync(
        DbConnection connection, DbTransaction transaction, ContractRequest request, CuscarDecoded decoded,
        IReadOnlyDictionary<string, RecordedMessage> recorded, IReadOnlyDictionary<int, IReadOnlyList<(int Sequence, string DocumentNumber)>> detains,
        string interchangeHash, CancellationToken cancellationToken)
    {
        var receivedAt = request.ReceivedAt;
        var envelope = decoded.Envelope;
        var key = request.Client.Key;
        var interchangeRef = envelope.Header!.InterchangeRef;
        await notices.IssueDueVouchersAsync(connection, transaction, key, receivedAt, cancellationToken);

        var pending = AnswerEnvelope.For(envelope, request.Client.EdifactPartyId, receivedAt, PendingAnswerRef);
        var texts = new List<string>();
        var assessLater = new List<(string EmanRef, CuscarManifest Manifest)>();
        var hasReuse = false;
        for (var i = 0; i < decoded.Messages.Count; i++)
        {
            var result = decoded.Messages[i];
            var message = result.Message;
            if (recorded.TryGetValue(message.Reference, out var earlier))
            {
                if (earlier.ContentHash == message.ContentHash())
                {
                    texts.Add(earlier.Answer);
                    continue;
                }

                // Decided before phase 1 and not recorded: the earlier answer keeps the ref.
                hasReuse = true;
                var reused = CusresAnswers.Rejection(EdifactInterface.Eman, AnswerSubject.Of(envelope, message), receivedAt,
                    [EdifactErrors.Of(EdifactErrors.ReferenceReused)]);
                texts.Add(AnswerText.Message(pending, reused));
                continue;
            }

            texts.Add(await processor.ProcessAsync(connection, transaction, request, envelope, pending, result,
                detains.TryGetValue(i, out var lines) ? lines : null, assessLater, cancellationToken));
        }

        // Drawn last: the interface's answer ref sequence row stays locked until commit on PostgreSQL.
        var answerRef = request.Facade?.AnswerRef
            ?? await references.In(connection, transaction).NextAnswerInterchangeRefAsync("eman", cancellationToken);
        var body = AnswerText.Interchange(pending with { InterchangeRef = answerRef }, texts);
        if (!hasReuse)
        {
            await ManifestStore.RecordInterchangeAsync(connection, transaction, key, interchangeRef, interchangeHash, body, cancellationToken);
        }

        return (body, assessLater);
    }

    // The message refs in order with each message's normalised hash: equal exactly when the replay rule holds.
    private static string InterchangeHash(IEnumerable<EdifactMessage> messages)
    {
        var text = string.Join('\n', messages.Select(m => m.Reference + " " + m.ContentHash()));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
