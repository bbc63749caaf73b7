using Microsoft.AspNetCore.Http;
using Strangler.Contracts.Checking;
using Strangler.Contracts.Http.Answers;
using Strangler.Contracts.Http.Requests;
using Strangler.Core.Hosting.Clearance;
using Strangler.Core.Hosting.Numbering;
using Strangler.Core.Model.Documents;
using Strangler.Core.Model.Mapping;
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
    ICargoClearance clearance)
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
        if (await bundles.MadeForAsync(request.Client.Key, messageId, cancellationToken) is { } made)
        {
            // Made, but its answer was never recorded (the process stopped first): finish it rather than make another.
            if (made.ContentHash != contentHash)
            {
                return Rejected(messageId, receivedAt, [RocarsErrors.Error(RocarsErrors.R003)]);
            }

            await FinishAsync(made.BundleRef, request.Client.Key, submission, ccrns, made.ReceivedAt, made.Decided, cancellationToken);
            return RocarsWriter.Write(BundleResponse.Bundled(messageId, made.BundleRef, made.ReceivedAt));
        }

        var errors = decoded.WithStoreErrors(
            await StoreErrorsAsync(submission, ccrns, await bundles.TakenAsync(ccrns, receivedAt, cancellationToken), cancellationToken));
        if (errors.Count > 0)
        {
            return Rejected(messageId, receivedAt, errors);
        }

        var issued = request.Facade?.IssuedFor("bundle");
        if (issued is not null && (!RocarsReferences.IsBundleRef(issued) || await bundles.ExistsAsync(issued, cancellationToken) ||
                                   await reader.DocumentAsync(issued, cancellationToken) is not null))
        {
            return null;
        }

        var bundleRef = issued ?? await numbers.NextBundleRefAsync(receivedAt, cancellationToken);
        var canonical = RoadMapper.Map(submission);
        var bundle = new NewBundle(bundleRef, request.Client.Key, messageId, contentHash, submission.Vrn, canonical.Direction.ToString(),
            submission.ControlPoint, submission.ExpectedArrival, receivedAt, ccrns);

        // Checked again under the CCRNs' guards: another key may have bundled, amended or cancelled one meanwhile.
        var raced = await bundles.ClaimAsync(bundle, taken => StoreErrorsAsync(submission, ccrns, taken, cancellationToken), cancellationToken);
        if (raced is null)
        {
            return null;
        }

        if (raced.Count > 0)
        {
            return Rejected(messageId, receivedAt, decoded.WithStoreErrors(raced));
        }

        await FinishAsync(bundleRef, request.Client.Key, submission, ccrns, receivedAt, decided: false, cancellationToken);
        return RocarsWriter.Write(BundleResponse.Bundled(messageId, bundleRef, receivedAt));
    }

    // Assesses the claimed bundle once and keeps the decision, then stores the canonical bundle; each step skipped when done.
    private async Task FinishAsync(
        string bundleRef, string clientKey, BundleSubmission submission, IReadOnlyList<string> ccrns, DateTimeOffset receivedAt, bool decided,
        CancellationToken cancellationToken)
    {
        var canonical = RoadMapper.Map(submission);
        if (!decided)
        {
            var consignments = new List<Model.Consignments.Consignment>();
            foreach (var ccrn in ccrns)
            {
                consignments.Add((await acis.FindAsync(ccrn, cancellationToken))!.Content.Consignment);
            }

            var decision = await clearance.AssessAsync(
                RiskSubjects.Bundle(bundleRef, canonical.Direction, submission.ControlPoint, consignments, receivedAt), cancellationToken);
            await bundles.DecideAsync(bundleRef, decision, cancellationToken);
        }

        if (await reader.DocumentAsync(bundleRef, cancellationToken) is null)
        {
            await SaveAsync(new DocumentVersion
            {
                Number = 1,
                Function = DocumentFunction.Original,
                ReceivedAt = receivedAt,
                IssuedReference = bundleRef,
                Source = SourceInterface.Rocars,
                ClientKey = clientKey,
                Document = canonical,
            }, cancellationToken);
        }
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
    private async Task<IReadOnlyList<ContractError>> StoreErrorsAsync(
        BundleSubmission submission, IReadOnlyList<string> ccrns, IReadOnlySet<string> taken, CancellationToken cancellationToken)
    {
        var errors = new List<ContractError>();
        var direction = RoadMapper.Map(submission).Direction;
        for (var i = 0; i < ccrns.Count; i++)
        {
            var stored = await acis.FindAsync(ccrns[i], cancellationToken);
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
