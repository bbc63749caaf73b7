using Strangler.Contracts.Checking;
using Strangler.Contracts.Clients;
using Strangler.Contracts.Http.Answers;
using Strangler.Contracts.Http.Requests;
using Strangler.Edifact.Checking;
using Strangler.Edifact.Cuscar;
using Strangler.Edifact.Cusres;
using Strangler.Edifact.Envelope;
using Strangler.Legacy.Eman.Notices;
using Strangler.Legacy.Eman.Replays;
using Strangler.Legacy.Platform.Store;

namespace Strangler.Legacy.Eman.Manifests;

/// <summary>
/// The legacy EMAN write and read paths behind the HTTP endpoints (and usable without HTTP, at any
/// received-at): lodging an interchange of manifests, the GET of an EMAN ref, and the notice feed.
/// </summary>
public sealed class EmanProcessor
{
    private readonly LegacyDatabase _database;
    private readonly LegacySequences _sequences;
    private readonly ManifestDesk _desk;
    private readonly ReleaseIssuer _releases;

    internal EmanProcessor(LegacyDatabase database, LegacySequences sequences, ManifestDesk desk, ReleaseIssuer releases)
    {
        _database = database;
        _sequences = sequences;
        _desk = desk;
        _releases = releases;
    }

    /// <summary>POST /eman/v1/manifests: one interchange in, one CUSRES interchange out (edifact.md, eman.md).</summary>
    public Task<ContractAnswer> SubmitAsync(
        ClientAuthority client, ReadOnlyMemory<byte> body, DateTimeOffset receivedAt, FacadeContext? facade,
        CancellationToken cancellationToken = default) =>
        TakenReferences.RefuseAsync(facade, () => SubmitCoreAsync(client, body, receivedAt, facade, cancellationToken));

    private async Task<ContractAnswer> SubmitCoreAsync(
        ClientAuthority client, ReadOnlyMemory<byte> body, DateTimeOffset receivedAt, FacadeContext? facade,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        await _releases.IssueDueAsync(receivedAt, cancellationToken);
        var decoded = CuscarCodec.Decode(body, new CheckContext(receivedAt, client, RuleProfile.Legacy));
        var envelope = decoded.Envelope;
        if (!envelope.IsAccepted)
        {
            // Envelope rejections are not recorded: the same interchange may be resent freely.
            var rejection = CusresAnswers.EnvelopeRejection(envelope, receivedAt);
            return await AnswerAsync(envelope, client, receivedAt, facade, [rejection], cancellationToken);
        }

        var interchangeRef = envelope.Header!.InterchangeRef;
        var fingerprint = RequestLog.Fingerprint(envelope);
        var replay = await _database.ReadAsync(
            c => RequestLog.FindInterchangeAsync(c, null, client.Key, interchangeRef, fingerprint), cancellationToken);
        if (replay is not null)
        {
            return ContractAnswer.Edifact(replay);
        }

        var answers = new List<CusresMessage>(decoded.Messages.Count);
        var recordable = true;
        foreach (var result in decoded.Messages)
        {
            var (answer, recorded) = await AnswerMessageAsync(client, envelope, result, receivedAt, facade, cancellationToken);
            answers.Add(answer);
            recordable &= recorded;
        }

        var bytes = await WriteAnswerAsync(envelope, client, receivedAt, facade, answers, cancellationToken);
        if (!recordable)
        {
            return ContractAnswer.Edifact(bytes);
        }

        // A concurrent identical interchange may have recorded its answer first: both callers get that one.
        var first = await _database.WriteAsync(async (c, tx) =>
        {
            var logId = await _sequences.NextAsync(c, tx, "INTERCHANGE_LOG_ID");
            return await RequestLog.TryRecordInterchangeAsync(c, tx, logId, client.Key, interchangeRef, fingerprint, receivedAt, bytes)
                ? bytes
                : await RequestLog.FindInterchangeAsync(c, tx, client.Key, interchangeRef, fingerprint) ?? bytes;
        }, cancellationToken);
        return ContractAnswer.Edifact(first);
    }

    /// <summary>GET /eman/v1/manifests/{emanRef}: the current version's acknowledgement; 404 if unknown or lodged under another key.</summary>
    public async Task<ContractAnswer> GetManifestAsync(
        ClientAuthority client, string emanRef, DateTimeOffset receivedAt, FacadeContext? facade, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        await _releases.IssueDueAsync(receivedAt, cancellationToken);
        if (!EmanReference.IsWellFormed(emanRef))
        {
            return ContractAnswer.NotFound;
        }

        var stored = await _database.ReadAsync(c => ManifestStore.CurrentAcknowledgementAsync(c, emanRef), cancellationToken);
        if (stored is null || stored.ClientKey != client.Key)
        {
            return ContractAnswer.NotFound;
        }

        var subject = new AnswerSubject(stored.InterchangeRef, stored.MessageRef, stored.DocumentNumber);
        var acknowledgement = EmanAnswers.AcceptedStatuses(subject, stored.ReceivedAt, stored.EmanRef, stored.Statuses) with { Reference = "1" };
        return await KeyAnswerAsync(client, receivedAt, facade, [acknowledgement], cancellationToken);
    }

    /// <summary>GET /eman/v1/notices: the key's detention notices and release vouchers after a cursor, oldest first.</summary>
    public async Task<ContractAnswer> NoticesAsync(
        ClientAuthority client, long after, int max, DateTimeOffset receivedAt, FacadeContext? facade,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        await _releases.IssueDueAsync(receivedAt, cancellationToken);
        var messages = await _database.ReadAsync(async c =>
        {
            var page = await NoticeStore.PageAsync(c, client.Key, after, max);
            var list = new List<CusresMessage>(page.Count);
            foreach (var notice in page)
            {
                var lines = await NoticeStore.LinesAsync(c, null, notice.NoticeId);
                list.Add(CusresAnswers.Notice(
                    list.Count + 1, notice.EmanRef, notice.IssuedAt, notice.CursorNo, notice.Code == NoticeStore.Release,
                    lines.Select(l => new CusresConsignment(l.Seq.ToString(System.Globalization.CultureInfo.InvariantCulture), l.DocumentNo))));
            }

            return list;
        }, cancellationToken);
        return await KeyAnswerAsync(client, receivedAt, facade, messages, cancellationToken);
    }

    /// <summary>
    /// One message: a recorded answer copied, E008 for a recorded ref with different content (not
    /// recorded), or a decision committed with its record in one transaction.
    /// </summary>
    private async Task<(CusresMessage Answer, bool Recorded)> AnswerMessageAsync(
        ClientAuthority client, InterchangeEnvelope envelope, CuscarMessageResult result, DateTimeOffset receivedAt,
        FacadeContext? facade, CancellationToken cancellationToken)
    {
        var message = result.Message;
        var subject = AnswerSubject.Of(envelope, message);
        var hash = message.ContentHash();
        var interchangeRef = subject.InterchangeRef;
        return await _database.WriteAsync(async (c, tx) =>
        {
            var logId = await _sequences.NextAsync(c, tx, "MESSAGE_LOG_ID");
            if (!await RequestLog.TryClaimMessageAsync(c, tx, logId, client.Key, interchangeRef, message.Reference, hash, receivedAt))
            {
                var recorded = await RequestLog.FindMessageAsync(c, tx, client.Key, interchangeRef, message.Reference)
                    ?? throw new InvalidOperationException("A claimed message identity has no record.");
                return recorded.ContentHash == hash && recorded.AnswerText is { } text
                    ? (RecordedAnswer.FromBytes(text), true)
                    : (EmanAnswers.Rejected(subject, receivedAt, [EdifactErrors.Of("E008")]), false);
            }

            var outcome = await _desk.DecideAsync(c, tx, client, result, subject, receivedAt, facade?.IssuedFor(message.Reference));
            await RequestLog.CompleteMessageAsync(c, tx, logId, RecordedAnswer.ToBytes(outcome.Answer), outcome.ManifestId);
            return (outcome.Answer, true);
        }, cancellationToken);
    }

    private async Task<ContractAnswer> AnswerAsync(
        InterchangeEnvelope envelope, ClientAuthority client, DateTimeOffset receivedAt, FacadeContext? facade,
        IReadOnlyList<CusresMessage> messages, CancellationToken cancellationToken) =>
        ContractAnswer.Edifact(await WriteAnswerAsync(envelope, client, receivedAt, facade, messages, cancellationToken));

    private async Task<byte[]> WriteAnswerAsync(
        InterchangeEnvelope envelope, ClientAuthority client, DateTimeOffset receivedAt, FacadeContext? facade,
        IReadOnlyList<CusresMessage> messages, CancellationToken cancellationToken)
    {
        var answerRef = await AnswerRefAsync(facade, cancellationToken);
        var answerEnvelope = AnswerEnvelope.For(envelope, client.EdifactPartyId, receivedAt, answerRef);
        return CusresWriter.Write(CusresAnswers.Interchange(answerEnvelope, messages));
    }

    private async Task<ContractAnswer> KeyAnswerAsync(
        ClientAuthority client, DateTimeOffset receivedAt, FacadeContext? facade, IReadOnlyList<CusresMessage> messages,
        CancellationToken cancellationToken)
    {
        var answerRef = await AnswerRefAsync(facade, cancellationToken);
        var envelope = AnswerEnvelope.ForKey(EdifactInterface.Eman, client.EdifactPartyId, receivedAt, answerRef);
        return ContractAnswer.Edifact(CusresWriter.Write(CusresAnswers.Interchange(envelope, messages)));
    }

    /// <summary>R + the legacy block digit 0 + a 12-digit sequence that never restarts (or the facade's, when mirrored).</summary>
    private async Task<string> AnswerRefAsync(FacadeContext? facade, CancellationToken cancellationToken)
    {
        if (facade?.AnswerRef is { } mirrored && AnswerEnvelope.IsAnswerRef(mirrored))
        {
            return mirrored;
        }

        var sequence = await _database.WriteAsync((c, tx) => _sequences.NextAsync(c, tx, "ANSWER_REF"), cancellationToken);
        return "R0" + sequence.ToString("D12", System.Globalization.CultureInfo.InvariantCulture);
    }
}
