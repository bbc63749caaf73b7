using System.Data.Common;
using Strangler.Contracts.Checking;
using Strangler.Contracts.Clients;
using Strangler.Contracts.Http.Answers;
using Strangler.Contracts.Http.Requests;
using Strangler.Core.Hosting.Numbering;
using Strangler.Core.Model.Documents;
using Strangler.Core.Model.Mapping;
using Strangler.Core.Rocars.Bundles;
using Strangler.Core.Store.Documents;
using Strangler.RocarsXml;
using Strangler.RocarsXml.Documents;
using Strangler.RocarsXml.Rules;

namespace Strangler.Core.Rocars;

/// <summary>
/// POST /aci and /ssdd, GET /aci/{ccrn} on the canonical store: CCRNs from the new-core block, each lodgement,
/// amendment and cancellation a new document version, answers recorded by MessageId per key; a submission's checks and
/// writes run in one transaction. An ACI is amended or
/// cancelled only by its key, through the channel it was lodged through, and only while in no live bundle.
/// </summary>
internal sealed class AciLodging(
    DocumentWriter writer, DocumentReader reader, AciDocuments acis, AciIntents intents, BundleStore bundles, CoreReferences numbers,
    RocarsMessages messages)
{
    public Task<ContractAnswer> LodgeAsync(ContractRequest request, RocarsEndpoint endpoint, CancellationToken cancellationToken)
    {
        var context = new CheckContext(request.ReceivedAt, request.Client, RuleProfile.NewCore);
        var decoded = RocarsRequests.DecodeAci(request.Body, endpoint, context);
        var messageId = decoded.AnswerMessageId;
        if (messageId.Length == 0 || !decoded.IsRecorded)
        {
            return Task.FromResult(ContractAnswer.Xml(Rejected(messageId, request.ReceivedAt, decoded.Errors)));
        }

        var path = endpoint == RocarsEndpoint.Ssdd ? "POST /rocars/xml/v1/ssdd" : "POST /rocars/xml/v1/aci";
        var hash = RocarsMessages.ContentHash(path, request.Body.Span);
        return messages.AnswerOnceAsync(
            request.Client.Key, messageId, hash,
            decoded.IsRejectedAlone ? Rejected(messageId, request.ReceivedAt, decoded.Errors) : null,
            () => Rejected(messageId, request.ReceivedAt, [RocarsErrors.Error(RocarsErrors.R003)]),
            (connection, transaction) => DecideAsync(request, endpoint, decoded, hash, connection, transaction, cancellationToken), cancellationToken);
    }

    public async Task<ContractAnswer> RecordAsync(ContractRequest request, string ccrn, CancellationToken cancellationToken)
    {
        if (!RocarsRoles.MayCall(RocarsEndpoint.AciRecord, request.Client) || !RocarsReferences.IsCcrn(ccrn))
        {
            return ContractAnswer.NotFound;
        }

        var stored = await acis.FindAsync(ccrn, cancellationToken);
        if (stored is null || (!request.Client.Has(ClientRole.RocarsDriver) && stored.Head.ClientKey != request.Client.Key))
        {
            return ContractAnswer.NotFound;
        }

        var bundleRef = stored.IsCancelled ? null : await bundles.LiveBundleOfAsync(ccrn, request.ReceivedAt, cancellationToken);
        var status = stored.IsCancelled ? AciRecordStatus.Cancelled : bundleRef is null ? AciRecordStatus.Lodged : AciRecordStatus.Bundled;
        var record = new AciRecord(
            ccrn, status, stored.Current.Number, stored.Current.ReceivedAt, stored.Source, AciContent.Of(stored.Content), bundleRef);
        return ContractAnswer.Xml(RocarsWriter.Write(record));
    }

    // The answer bytes, or null when the facade named a CCRN that is malformed or taken (empty 400, nothing stored). Runs
    // inside the one write transaction of the request (see RocarsMessages): checks, number draw, version, intent and the
    // recorded answer commit together, so a stop midway leaves nothing half done.
    private async Task<byte[]?> DecideAsync(
        ContractRequest request, RocarsEndpoint endpoint, RocarsRequest<AciSubmission> decoded, string contentHash,
        DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        var receivedAt = request.ReceivedAt;
        var messageId = decoded.AnswerMessageId;
        if (decoded.IsRejectedAlone || decoded.Document is not { } submission)
        {
            return Rejected(messageId, receivedAt, decoded.Errors);
        }

        if (await intents.FindAsync(connection, transaction, request.Client.Key, messageId, cancellationToken) is { } intent)
        {
            return intent.ContentHash == contentHash
                ? await FinishAsync(request, submission, intent, connection, transaction, cancellationToken)
                : Rejected(messageId, receivedAt, [RocarsErrors.Error(RocarsErrors.R003)]);
        }

        StoredAci? stored = null;
        var storeErrors = new List<ContractError>();
        if (submission.Function != AciFunction.Original)
        {
            stored = await acis.FindAsync(submission.Ccrn, connection, transaction, cancellationToken);
            if (stored is null || stored.Head.ClientKey != request.Client.Key || stored.IsCancelled || stored.Channel != endpoint)
            {
                // Someone else's CCRN, or one of the other channel, is R020 alone: nothing is revealed about its bundle.
                storeErrors.Add(RocarsErrors.Error(RocarsErrors.R020, "Ccrn"));
            }
            else if (decoded.Errors.Count > 0)
            {
                if (await bundles.LiveBundleOfAsync(connection, transaction, stored.Head.Reference, receivedAt, cancellationToken) is not null)
                {
                    storeErrors.Add(RocarsErrors.Error(RocarsErrors.R021, "Ccrn"));
                }
            }
            else if (await bundles.GuardAndCheckLiveAsync(connection, transaction, stored.Head.Reference, receivedAt, cancellationToken))
            {
                // The guard row stays locked until this transaction commits the new version: no bundle takes the CCRN
                // meanwhile, so the pending mark (and its release) of the earlier three-transaction path is not needed.
                storeErrors.Add(RocarsErrors.Error(RocarsErrors.R021, "Ccrn"));
            }
        }

        var errors = decoded.WithStoreErrors(storeErrors);
        if (errors.Count > 0)
        {
            return Rejected(messageId, receivedAt, errors);
        }

        if (stored is not null)
        {
            var change = Intent(request, messageId, contentHash, stored.Head.Reference, stored.Head.CurrentVersion + 1);
            await SaveAsync(request, submission, change, connection, transaction, cancellationToken);
            return await AcceptAsync(change, connection, transaction, cancellationToken);
        }

        var issued = request.Facade?.IssuedFor("aci");
        if (issued is not null &&
            (!RocarsReferences.IsCcrn(issued) || await reader.DocumentAsync(issued, connection, transaction, cancellationToken) is not null))
        {
            return null;
        }

        // Drawn last, just before the writes: on PostgreSQL the day's CCRN sequence row stays locked until commit.
        var ccrn = issued ?? await numbers.In(connection, transaction).NextCcrnAsync(receivedAt, cancellationToken);
        var original = Intent(request, messageId, contentHash, ccrn, 1);
        if (!await SaveAsync(request, submission, original, connection, transaction, cancellationToken, takenIsAnswer: issued is not null))
        {
            // Another key's request took the facade-issued CCRN after our check: an empty 400, nothing stored.
            return null;
        }

        return await AcceptAsync(original, connection, transaction, cancellationToken);
    }

    // Keeps the intent (so a resend whose recorded answer is lost answers the same CCRN and version) and gives the answer.
    private async Task<byte[]> AcceptAsync(AciIntent intent, DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        await intents.AddAsync(connection, transaction, intent, cancellationToken);
        return RocarsWriter.Write(AciResponse.Accepted(intent.MessageId, intent.Ccrn, intent.ReceivedAt));
    }

    // A resend of a kept intent whose answer is not recorded. Since the version, intent and answer commit together, its
    // version is always stored and only the answer was lost; the save and the pending release stay for intents written
    // by the earlier path, which stored the intent, the version and the answer in separate transactions.
    private async Task<byte[]> FinishAsync(
        ContractRequest request, AciSubmission submission, AciIntent intent, DbConnection connection, DbTransaction transaction,
        CancellationToken cancellationToken)
    {
        var versions = await reader.VersionsAsync(intent.Ccrn, connection, transaction, cancellationToken);
        if (versions.All(v => v.Number != intent.Version))
        {
            await SaveAsync(request, submission, intent, connection, transaction, cancellationToken);
        }

        if (intent.Version > 1)
        {
            await bundles.ReleaseChangeAsync(connection, transaction, intent.Ccrn, intent.Version, cancellationToken);
        }

        return RocarsWriter.Write(AciResponse.Accepted(intent.MessageId, intent.Ccrn, intent.ReceivedAt));
    }

    // False only when takenIsAnswer and the version was already stored (the reference was taken); otherwise that throws,
    // rolling the whole request back.
    private async Task<bool> SaveAsync(
        ContractRequest request, AciSubmission submission, AciIntent intent, DbConnection connection, DbTransaction transaction,
        CancellationToken cancellationToken, bool takenIsAnswer = false)
    {
        var version = new DocumentVersion
        {
            Number = intent.Version,
            Function = RoadMapper.FunctionOf(submission),
            ReceivedAt = intent.ReceivedAt,
            IssuedReference = intent.Ccrn,
            Source = SourceInterface.Rocars,
            ClientKey = request.Client.Key,
            Document = RoadMapper.Map(submission with { Ccrn = intent.Ccrn }),
        };
        if (await writer.SaveVersionAsync(version, connection, transaction, cancellationToken) == SaveOutcome.Saved)
        {
            return true;
        }

        return takenIsAnswer ? false : throw new InvalidOperationException($"Version {intent.Version} of {intent.Ccrn} was already stored.");
    }

    private static AciIntent Intent(ContractRequest request, string messageId, string contentHash, string ccrn, int version) =>
        new(request.Client.Key, messageId, contentHash, ccrn, version, request.ReceivedAt);

    private static byte[] Rejected(string messageId, DateTimeOffset receivedAt, IEnumerable<ContractError> errors) =>
        RocarsWriter.Write(AciResponse.Rejected(messageId, receivedAt, errors));
}
