using Microsoft.AspNetCore.Http;
using Strangler.Contracts.Checking;
using Strangler.Contracts.Http.Answers;
using Strangler.Contracts.Http.Requests;
using Strangler.Core.Hosting.Clearance;
using Strangler.Core.Hosting.Numbering;
using Strangler.Core.Model.Documents;
using Strangler.Core.Model.Mapping;
using Strangler.Core.Store.Database;
using Strangler.Core.Store.Documents;
using Strangler.RocarsXml;
using Strangler.RocarsXml.Documents;
using Strangler.RocarsXml.Rules;

namespace Strangler.Core.Rocars.Bundles;

/// <summary>
/// POST /bundles and DELETE /bundles/{bundleRef}: a bundle is checked, claimed (its CCRNs locked against other
/// bundles and amendments), risk-assessed once when made, its decision kept with it, and stored as a canonical
/// <see cref="Model.Road.Bundle"/>; an unbundling is that document's cancellation.
/// </summary>
internal sealed class BundleDesk(
    DocumentWriter writer, DocumentReader reader, AciDocuments acis, BundleStore bundles, CoreReferences numbers, RocarsMessages messages,
    ICargoClearance clearance, CoreDatabase database)
{
    public Task<ContractAnswer> BundleAsync(ContractRequest request, CancellationToken cancellationToken)
    {
        var context = new CheckContext(request.ReceivedAt, request.Client, RuleProfile.NewCore);
        var decoded = RocarsRequests.DecodeBundle(request.Body, context);
        var messageId = decoded.AnswerMessageId;
        if (messageId.Length == 0 || !decoded.IsRecorded)
        {
            return Task.FromResult(ContractAnswer.Xml(Rejected(messageId, request.ReceivedAt, decoded.Errors)));
        }

        var hash = RocarsMessages.ContentHash("POST /rocars/xml/v1/bundles", request.Body.Span);
        return messages.AnswerOnceAsync(
            request.Client.Key, messageId, hash,
            decoded.IsRejectedAlone ? Rejected(messageId, request.ReceivedAt, decoded.Errors) : null,
            () => Rejected(messageId, request.ReceivedAt, [RocarsErrors.Error(RocarsErrors.R003)]),
            () => DecideBundleAsync(request, decoded, hash, cancellationToken), cancellationToken);
    }

    public Task<ContractAnswer> UnbundleAsync(ContractRequest request, string? messageIdHeader, string bundleRef, CancellationToken cancellationToken)
    {
        var context = new CheckContext(request.ReceivedAt, request.Client, RuleProfile.NewCore);
        var decoded = RocarsRequests.DecodeBundleDelete(messageIdHeader, bundleRef, context);
        var messageId = decoded.AnswerMessageId;
        if (messageId.Length == 0)
        {
            return Task.FromResult(ContractAnswer.Xml(Rejected(messageId, request.ReceivedAt, decoded.Errors)));
        }

        return messages.AnswerOnceAsync(
            request.Client.Key, messageId, RocarsMessages.ContentHash("DELETE /rocars/xml/v1/bundles/" + bundleRef, []),
            decoded.IsRejectedAlone ? Rejected(messageId, request.ReceivedAt, decoded.Errors) : null,
            () => Rejected(messageId, request.ReceivedAt, [RocarsErrors.Error(RocarsErrors.R003)]),
            () => DecideUnbundleAsync(request, messageId, bundleRef, decoded.Errors, cancellationToken), cancellationToken);
    }

    private async Task<byte[]?> DecideBundleAsync(
        ContractRequest request, RocarsRequest<BundleSubmission> decoded, string contentHash, CancellationToken cancellationToken)
    {
        var receivedAt = request.ReceivedAt;
        var messageId = decoded.AnswerMessageId;
        if (decoded.IsRejectedAlone || decoded.Document is not { } submission)
        {
            return Rejected(messageId, receivedAt, decoded.Errors);
        }

        var ccrns = submission.Ccrns.Where(RocarsReferences.IsCcrn).Distinct(StringComparer.Ordinal).ToList();
        var canonical = RoadMapper.Map(submission);
        var issued = request.Facade?.IssuedFor("bundle");

        // The first checks on one read connection; they are made again under the CCRNs' guards in the claim.
        await using (var connection = await database.OpenAsync(cancellationToken))
        {
            if (await bundles.MadeForAsync(connection, request.Client.Key, messageId, cancellationToken) is { } made)
            {
                // Made, but its answer was never recorded (the process stopped first): finish it rather than make another.
                if (made.ContentHash != contentHash)
                {
                    return Rejected(messageId, receivedAt, [RocarsErrors.Error(RocarsErrors.R003)]);
                }

                if (!made.Decided)
                {
                    var contents = new List<StoredAci?>();
                    foreach (var ccrn in ccrns)
                    {
                        contents.Add(await acis.FindAsync(ccrn, connection, null, cancellationToken));
                    }

                    await connection.DisposeAsync();
                    await DecideAsync(made.BundleRef, submission, canonical, contents, made.ReceivedAt, cancellationToken);
                }

                // Stored in the claim's transaction since versions commit with the bundle; kept for bundles made before that.
                if (await reader.DocumentAsync(made.BundleRef, cancellationToken) is null)
                {
                    await SaveAsync(Version(made.BundleRef, request.Client.Key, canonical, made.ReceivedAt), cancellationToken);
                }

                return RocarsWriter.Write(BundleResponse.Bundled(messageId, made.BundleRef, made.ReceivedAt));
            }

            var taken = await bundles.TakenAsync(connection, null, ccrns, receivedAt, cancellationToken);
            var errors = decoded.WithStoreErrors(StoreErrors(submission, ccrns, await FindAllAsync(ccrns, connection, null, cancellationToken), taken));
            if (errors.Count > 0)
            {
                return Rejected(messageId, receivedAt, errors);
            }

            if (issued is not null && (!RocarsReferences.IsBundleRef(issued) || await bundles.ExistsAsync(connection, issued, cancellationToken) ||
                                       await reader.DocumentAsync(issued, connection, null, cancellationToken) is not null))
            {
                return null;
            }
        }

        var bundle = new NewBundle(issued ?? "", request.Client.Key, messageId, contentHash, submission.Vrn, canonical.Direction.ToString(),
            submission.ControlPoint, submission.ExpectedArrival, receivedAt, ccrns);

        // Checked again under the CCRNs' guards: another key may have bundled, amended or cancelled one meanwhile. The bundle
        // ref is drawn, and the bundle and its canonical version stored, in that one transaction.
        IReadOnlyList<StoredAci?> claimed = [];
        var (raced, bundleRef) = await bundles.ClaimAsync(
            bundle,
            async (connection, transaction, taken) =>
            {
                claimed = await FindAllAsync(ccrns, connection, transaction, cancellationToken);
                return StoreErrors(submission, ccrns, claimed, taken);
            },
            async (connection, transaction) => issued ?? await numbers.In(connection, transaction).NextBundleRefAsync(receivedAt, cancellationToken),
            async (connection, transaction, drawn) =>
            {
                if (await writer.SaveVersionAsync(Version(drawn, request.Client.Key, canonical, receivedAt), connection, transaction, cancellationToken)
                    != SaveOutcome.Saved)
                {
                    throw new InvalidOperationException($"Version 1 of {drawn} was already stored.");
                }
            },
            cancellationToken);
        if (raced is null)
        {
            return null;
        }

        if (raced.Count > 0)
        {
            return Rejected(messageId, receivedAt, decoded.WithStoreErrors(raced));
        }

        // Assessed after the claim (the cargo clearance keeps its own transaction), only for a bundle actually made.
        await DecideAsync(bundleRef, submission, canonical, claimed, receivedAt, cancellationToken);
        return RocarsWriter.Write(BundleResponse.Bundled(messageId, bundleRef, receivedAt));
    }

    // Assesses the claimed bundle once and keeps the decision with it.
    private async Task DecideAsync(
        string bundleRef, BundleSubmission submission, Model.Road.Bundle canonical, IReadOnlyList<StoredAci?> contents, DateTimeOffset receivedAt,
        CancellationToken cancellationToken)
    {
        var consignments = contents.Select(c => c!.Content.Consignment).ToList();
        var decision = await clearance.AssessAsync(
            RiskSubjects.Bundle(bundleRef, canonical.Direction, submission.ControlPoint, consignments, receivedAt), cancellationToken);
        await bundles.DecideAsync(bundleRef, decision, cancellationToken);
    }

    private static DocumentVersion Version(string bundleRef, string clientKey, Model.Road.Bundle canonical, DateTimeOffset receivedAt) => new()
    {
        Number = 1,
        Function = DocumentFunction.Original,
        ReceivedAt = receivedAt,
        IssuedReference = bundleRef,
        Source = SourceInterface.Rocars,
        ClientKey = clientKey,
        Document = canonical,
    };

    private async Task<IReadOnlyList<StoredAci?>> FindAllAsync(
        IReadOnlyList<string> ccrns, System.Data.Common.DbConnection connection, System.Data.Common.DbTransaction? transaction,
        CancellationToken cancellationToken)
    {
        var found = new List<StoredAci?>(ccrns.Count);
        foreach (var ccrn in ccrns)
        {
            found.Add(await acis.FindAsync(ccrn, connection, transaction, cancellationToken));
        }

        return found;
    }

    private async Task<byte[]?> DecideUnbundleAsync(
        ContractRequest request, string messageId, string bundleRef, IReadOnlyList<ContractError> errors, CancellationToken cancellationToken)
    {
        var receivedAt = request.ReceivedAt;
        if (errors.Count > 0)
        {
            return Rejected(messageId, receivedAt, errors);
        }

        if (!await bundles.UnbundleAsync(bundleRef, request.Client.Key, receivedAt, cancellationToken))
        {
            return Rejected(messageId, receivedAt, [RocarsErrors.Error(RocarsErrors.R034, "bundleRef")]);
        }

        if (await reader.DocumentAsync(bundleRef, cancellationToken) is { } head)
        {
            await SaveAsync(new DocumentVersion
            {
                Number = head.CurrentVersion + 1,
                Function = DocumentFunction.Cancellation,
                ReceivedAt = receivedAt,
                IssuedReference = bundleRef,
                Source = SourceInterface.Rocars,
                ClientKey = request.Client.Key,
            }, cancellationToken);
        }

        return RocarsWriter.Write(BundleResponse.Unbundled(messageId, bundleRef, receivedAt));
    }

    // R031 for a CCRN unknown, cancelled, in a live bundle or being changed; otherwise R032 when its current version differs.
    private static IReadOnlyList<ContractError> StoreErrors(
        BundleSubmission submission, IReadOnlyList<string> ccrns, IReadOnlyList<StoredAci?> found, IReadOnlySet<string> taken)
    {
        var errors = new List<ContractError>();
        var direction = RoadMapper.Map(submission).Direction;
        for (var i = 0; i < ccrns.Count; i++)
        {
            var stored = found[i];
            if (stored is null || stored.IsCancelled || taken.Contains(ccrns[i]))
            {
                errors.Add(RocarsErrors.Error(RocarsErrors.R031, "Ccrn " + ccrns[i]));
            }
            else if (stored.Content.Direction != direction || !string.Equals(stored.Content.ControlPoint, submission.ControlPoint, StringComparison.Ordinal))
            {
                errors.Add(RocarsErrors.Error(RocarsErrors.R032, "Ccrn " + ccrns[i]));
            }
        }

        return errors;
    }

    private async Task SaveAsync(DocumentVersion version, CancellationToken cancellationToken)
    {
        if (await writer.SaveVersionAsync(version, cancellationToken) != SaveOutcome.Saved)
        {
            throw new InvalidOperationException($"Version {version.Number} of {version.IssuedReference} was already stored.");
        }
    }

    private static byte[] Rejected(string messageId, DateTimeOffset receivedAt, IEnumerable<ContractError> errors) =>
        RocarsWriter.Write(BundleResponse.Rejected(messageId, receivedAt, errors));
}
