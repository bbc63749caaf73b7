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
/// amendment and cancellation a new document version, answers recorded by MessageId per key. An ACI is amended or
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
            () => DecideAsync(request, endpoint, decoded, hash, cancellationToken), cancellationToken);
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

    // The answer bytes, or null when the facade named a CCRN that is malformed or taken (empty 400, nothing stored).
    private async Task<byte[]?> DecideAsync(
        ContractRequest request, RocarsEndpoint endpoint, RocarsRequest<AciSubmission> decoded, string contentHash, CancellationToken cancellationToken)
    {
        var receivedAt = request.ReceivedAt;
        var messageId = decoded.AnswerMessageId;
        if (decoded.IsRejectedAlone || decoded.Document is not { } submission)
        {
            return Rejected(messageId, receivedAt, decoded.Errors);
        }

        if (await intents.FindAsync(request.Client.Key, messageId, cancellationToken) is { } intent)
        {
            return intent.ContentHash == contentHash
                ? await FinishAsync(request, submission, intent, reserved: intent.Version > 1, cancellationToken)
                : Rejected(messageId, receivedAt, [RocarsErrors.Error(RocarsErrors.R003)]);
        }

        StoredAci? stored = null;
        var reserved = false;
        var storeErrors = new List<ContractError>();
        if (submission.Function != AciFunction.Original)
        {
            stored = await acis.FindAsync(submission.Ccrn, cancellationToken);
            if (stored is null || stored.Head.ClientKey != request.Client.Key || stored.IsCancelled || stored.Channel != endpoint)
            {
                // Someone else's CCRN, or one of the other channel, is R020 alone: nothing is revealed about its bundle.
                storeErrors.Add(RocarsErrors.Error(RocarsErrors.R020, "Ccrn"));
            }
            else if (decoded.Errors.Count > 0)
            {
                if (await bundles.LiveBundleOfAsync(stored.Head.Reference, receivedAt, cancellationToken) is not null)
                {
                    storeErrors.Add(RocarsErrors.Error(RocarsErrors.R021, "Ccrn"));
                }
            }
            else if (!(reserved = await bundles.ReserveChangeAsync(
                         Intent(request, messageId, contentHash, stored.Head.Reference, stored.Head.CurrentVersion + 1), intents, cancellationToken)))
            {
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
            return await FinishAsync(request, submission, Intent(request, messageId, contentHash, stored.Head.Reference, stored.Head.CurrentVersion + 1),
                reserved, cancellationToken);
        }

        var issued = request.Facade?.IssuedFor("aci");
        if (issued is not null && (!RocarsReferences.IsCcrn(issued) || await reader.DocumentAsync(issued, cancellationToken) is not null))
        {
            return null;
        }

        var original = Intent(request, messageId, contentHash, issued ?? await numbers.NextCcrnAsync(receivedAt, cancellationToken), 1);
        await intents.AddAsync(original, cancellationToken);
        return await FinishAsync(request, submission, original, reserved: false, cancellationToken);
    }

    // Writes the intent's version unless a first attempt already did, then lets bundles take the CCRN again.
    private async Task<byte[]> FinishAsync(ContractRequest request, AciSubmission submission, AciIntent intent, bool reserved, CancellationToken cancellationToken)
    {
        try
        {
            var versions = await reader.VersionsAsync(intent.Ccrn, cancellationToken);
            if (versions.All(v => v.Number != intent.Version))
            {
                await SaveAsync(request, submission, intent, cancellationToken);
            }
        }
        finally
        {
            if (reserved)
            {
                await bundles.ReleaseChangeAsync(intent.Ccrn, intent.Version, CancellationToken.None);
            }
        }

        return RocarsWriter.Write(AciResponse.Accepted(intent.MessageId, intent.Ccrn, intent.ReceivedAt));
    }

    private async Task SaveAsync(ContractRequest request, AciSubmission submission, AciIntent intent, CancellationToken cancellationToken)
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
        if (await writer.SaveVersionAsync(version, cancellationToken) != SaveOutcome.Saved)
        {
            throw new InvalidOperationException($"Version {intent.Version} of {intent.Ccrn} was already stored.");
        }
    }

    private static AciIntent Intent(ContractRequest request, string messageId, string contentHash, string ccrn, int version) =>
        new(request.Client.Key, messageId, contentHash, ccrn, version, request.ReceivedAt);

    private static byte[] Rejected(string messageId, DateTimeOffset receivedAt, IEnumerable<ContractError> errors) =>
        RocarsWriter.Write(AciResponse.Rejected(messageId, receivedAt, errors));
}
