using Microsoft.AspNetCore.Http;
using System.Security.Cryptography;
using Strangler.Contracts.Checking;
using Strangler.Contracts.Clients;
using Strangler.Contracts.Http.Answers;
using Strangler.Contracts.Http.Requests;
using Strangler.Contracts.Time;
using Strangler.Core.Model.Documents;
using Strangler.Core.Model.Mapping;
using Strangler.Core.Model.Road;
using Strangler.Core.Store.Documents;
using Strangler.Core.Hosting.Numbering;
using Strangler.Core.Store.Requests;
using Strangler.RocarsXml;
using Strangler.RocarsXml.Documents;
using Strangler.RocarsXml.Rules;

namespace Strangler.Core.Rocars;

/// <summary>
/// POST /aci and GET /aci/{ccrn} on the canonical store: CCRNs from the new-core block, each lodgement, amendment and
/// cancellation a new document version, answers recorded by MessageId per key.
/// </summary>
internal sealed class AciLodging(DocumentWriter writer, DocumentReader reader, CoreReferences numbers, RequestLog log)
{
    private const string Interface = "rocars";
    private const string AciPath = "POST /rocars/xml/v1/aci\n";

    // One writer per process for ROCARS state changes: makes check-then-write (R003, R020, versions) atomic.
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task<ContractAnswer> LodgeAsync(ContractRequest request, CancellationToken cancellationToken)
    {
        var context = new CheckContext(request.ReceivedAt, request.Client, RuleProfile.NewCore);
        var decoded = RocarsRequests.DecodeAci(request.Body, RocarsEndpoint.Aci, context);
        var messageId = decoded.AnswerMessageId;
        if (messageId.Length == 0 || !decoded.IsRecorded)
        {
            return Answer(Rejected(messageId, request.ReceivedAt, decoded.Errors));
        }

        var hash = ContentHash(request.Body.Span);
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (await log.FindAsync(Interface, request.Client.Key, messageId, cancellationToken) is { } recorded)
            {
                if (recorded.ContentHash == hash)
                {
                    return ContractAnswer.Xml(recorded.Answer);
                }

                // Check order: R002/R041 come before R003 and are answered unrecorded.
                return Answer(decoded.IsRejectedAlone
                    ? Rejected(messageId, request.ReceivedAt, decoded.Errors)
                    : Rejected(messageId, request.ReceivedAt, [RocarsErrors.Error(RocarsErrors.R003)]));
            }

            var outcome = await DecideAsync(request, decoded, cancellationToken);
            if (outcome is null)
            {
                return ContractAnswer.Empty(StatusCodes.Status400BadRequest);
            }

            await log.RecordAsync(Interface, request.Client.Key, messageId, new RecordedAnswer(hash, outcome), cancellationToken);
            return ContractAnswer.Xml(outcome);
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task<ContractAnswer> RecordAsync(ContractRequest request, string ccrn, CancellationToken cancellationToken)
    {
        if (!RocarsRoles.MayCall(RocarsEndpoint.AciRecord, request.Client) || !RocarsReferences.IsCcrn(ccrn))
        {
            return ContractAnswer.NotFound;
        }

        var head = await reader.DocumentAsync(ccrn, cancellationToken);
        if (head is null || head.Source != SourceInterface.Rocars ||
            (!request.Client.Has(ClientRole.RocarsDriver) && head.ClientKey != request.Client.Key))
        {
            return ContractAnswer.NotFound;
        }

        var versions = await reader.VersionsAsync(ccrn, cancellationToken);
        var current = versions[^1];
        var content = versions.Select(v => v.Document).OfType<RoadLodgement>().Last();
        var status = head.Status == DocumentStatus.Cancelled ? AciRecordStatus.Cancelled : AciRecordStatus.Lodged;
        var record = new AciRecord(ccrn, status, current.Number, current.ReceivedAt, content.Source, AciContent.Of(content), null);
        return ContractAnswer.Xml(RocarsWriter.Write(record));
    }

    // The answer bytes, or null when the facade named a CCRN that is malformed or taken (empty 400, nothing stored).
    private async Task<byte[]?> DecideAsync(ContractRequest request, RocarsRequest<AciSubmission> decoded, CancellationToken cancellationToken)
    {
        var receivedAt = request.ReceivedAt;
        var messageId = decoded.AnswerMessageId;
        if (decoded.IsRejectedAlone || decoded.Document is not { } submission)
        {
            return Rejected(messageId, receivedAt, decoded.Errors);
        }

        StoredDocument? head = null;
        var storeErrors = new List<ContractError>();
        if (submission.Function != AciFunction.Original)
        {
            head = submission.Ccrn is { } named && RocarsReferences.IsCcrn(named) ? await reader.DocumentAsync(named, cancellationToken) : null;
            if (head is null || head.Source != SourceInterface.Rocars || head.ClientKey != request.Client.Key ||
                head.Status == DocumentStatus.Cancelled || !await LodgedThroughAciAsync(head, cancellationToken))
            {
                storeErrors.Add(RocarsErrors.Error(RocarsErrors.R020, "Ccrn"));
            }
        }

        var errors = decoded.WithStoreErrors(storeErrors);
        if (errors.Count > 0)
        {
            return Rejected(messageId, receivedAt, errors);
        }

        string ccrn;
        int number;
        if (head is null)
        {
            var issued = request.Facade?.IssuedFor("aci");
            if (issued is not null && (!RocarsReferences.IsCcrn(issued) || await reader.DocumentAsync(issued, cancellationToken) is not null))
            {
                return null;
            }

            ccrn = issued ?? await numbers.NextCcrnAsync(receivedAt, cancellationToken);
            number = 1;
        }
        else
        {
            ccrn = head.Reference;
            number = head.CurrentVersion + 1;
        }

        var version = new DocumentVersion
        {
            Number = number,
            Function = RoadMapper.FunctionOf(submission),
            ReceivedAt = receivedAt,
            IssuedReference = ccrn,
            Source = SourceInterface.Rocars,
            ClientKey = request.Client.Key,
            Document = RoadMapper.Map(submission with { Ccrn = ccrn }),
        };
        if (await writer.SaveVersionAsync(version, cancellationToken) != SaveOutcome.Saved)
        {
            throw new InvalidOperationException($"Version {number} of {ccrn} was already stored.");
        }

        return RocarsWriter.Write(AciResponse.Accepted(messageId, ccrn, receivedAt));
    }

    // Channel ownership: an /aci lodgement carries no Source; an /ssdd one carries CNSW.
    private async Task<bool> LodgedThroughAciAsync(StoredDocument head, CancellationToken cancellationToken)
    {
        var versions = await reader.VersionsAsync(head.Reference, cancellationToken);
        return versions.Select(v => v.Document).OfType<RoadLodgement>().FirstOrDefault() is { Source: null };
    }

    private static byte[] Rejected(string messageId, DateTimeOffset receivedAt, IEnumerable<ContractError> errors) =>
        RocarsWriter.Write(AciResponse.Rejected(messageId, receivedAt, errors));

    private static ContractAnswer Answer(byte[] body) => ContractAnswer.Xml(body);

    // Same content: same method and path, byte-identical body after a leading BOM.
    private static string ContentHash(ReadOnlySpan<byte> body)
    {
        if (body.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            body = body[3..];
        }

        var prefix = System.Text.Encoding.ASCII.GetBytes(AciPath);
        var all = new byte[prefix.Length + body.Length];
        prefix.CopyTo(all, 0);
        body.CopyTo(all.AsSpan(prefix.Length));
        return Convert.ToHexString(SHA256.HashData(all));
    }
}
