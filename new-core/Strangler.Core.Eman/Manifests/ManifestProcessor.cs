using Strangler.Contracts.Checking;
using Strangler.Contracts.CodeLists;
using Strangler.Contracts.Http.Requests;
using Strangler.Core.Eman.Answers;
using Strangler.Core.Eman.Notices;
using Strangler.Core.Hosting.Numbering;
using Strangler.Core.Model.Documents;
using Strangler.Core.Model.Mapping;
using Strangler.Core.Store.Documents;
using Strangler.Edifact.Cuscar;
using Strangler.Edifact.Cusres;
using Strangler.Edifact.Envelope;

namespace Strangler.Core.Eman.Manifests;

/// <summary>
/// One CUSCAR message after the replay rule: phases 1–4 (the codec), the store rules (E018, E019, an amendment keeping
/// its trip under E010), then the accepted version in the EMAN tables with its recorded answer in one transaction, the
/// canonical document version, and cargo clearance of a Statement 1 import.
/// </summary>
internal sealed class ManifestProcessor(
    ManifestStore store, DocumentWriter documents, DocumentReader reader, CoreReferences references, ManifestClearance clearance)
{
    /// <summary>False when the facade named an EMAN ref for an original that is malformed, of another mode, or taken (here or in the canonical store).</summary>
    public async Task<bool> FacadeReferencesUsableAsync(
        ContractRequest request, CuscarDecoded decoded, IReadOnlyDictionary<string, RecordedMessage> recorded, CancellationToken cancellationToken)
    {
        if (request.Facade is not { } facade)
        {
            return true;
        }

        foreach (var result in decoded.Messages)
        {
            // Only an original draws a ref; a message rejected in phases 1–3 draws none either.
            if (facade.IssuedFor(result.Message.Reference) is not { } issued || recorded.ContainsKey(result.Message.Reference) ||
                result.Manifest is not { Function: ManifestFunction.Original } manifest)
            {
                continue;
            }

            if (!EmanReference.IsWellFormed(issued) || (EmanReference.TryParseMode(manifest.Conveyance.ModeCode, out _) && issued[2..3] != manifest.Conveyance.ModeCode) ||
                await store.FindAsync(issued, cancellationToken) is not null || await reader.DocumentAsync(issued, cancellationToken) is not null)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Checks, stores and answers one message; returns its CUSRES text (recorded with it).</summary>
    public async Task<string> ProcessAsync(
        ContractRequest request, InterchangeEnvelope envelope, AnswerEnvelope answerEnvelope, CuscarMessageResult result, CancellationToken cancellationToken)
    {
        var receivedAt = request.ReceivedAt;
        var subject = AnswerSubject.Of(envelope, result.Message);
        var key = request.Client.Key;
        var interchangeRef = envelope.Header!.InterchangeRef;
        var errors = result.Verdict.Errors.ToList();
        ManifestRow? head = null;
        if (result.Verdict.Phase == 4 && result.Manifest is { } checkedManifest)
        {
            head = await StoreRulesAsync(checkedManifest, key, errors, cancellationToken);
        }

        if (errors.Count > 0 || result.Manifest is not { } manifest)
        {
            return await RecordAsync(key, interchangeRef, result, Rejection(answerEnvelope, subject, receivedAt, errors), cancellationToken);
        }

        var issued = head?.EmanRef ?? request.Facade?.IssuedFor(result.Message.Reference)
            ?? await references.NextEmanRefAsync(ModeOf(manifest), receivedAt, cancellationToken);
        var number = head is null ? 1 : head.CurrentVersion + 1;
        var statuses = EmanAnswers.Statuses(manifest, receivedAt);
        var accepted = AnswerText.Message(answerEnvelope, EmanAnswers.AcceptedStatuses(subject, receivedAt, issued, statuses));
        var answer = new RecordedMessage { MessageRef = result.Message.Reference, ContentHash = result.Message.ContentHash(), Answer = accepted };

        var stored = await store.Database.WriteAsync(async (connection, transaction) =>
        {
            var changed = head is null
                ? await store.InsertOriginalAsync(connection, transaction, issued, key, manifest, cancellationToken)
                : await ManifestStore.AdvanceAsync(connection, transaction, issued, number, manifest.Function == ManifestFunction.Cancellation, cancellationToken);
            if (!changed)
            {
                return false;
            }

            await store.InsertVersionAsync(connection, transaction, issued, number, manifest, interchangeRef, result.Message.Reference, receivedAt, statuses, cancellationToken);
            await ManifestStore.RecordMessageAsync(connection, transaction, key, interchangeRef, answer, cancellationToken);
            return true;
        }, cancellationToken);

        if (!stored)
        {
            // Another request took the trip (original) or changed the manifest (amendment) between check and write.
            var raced = head is null ? EmanErrors.LiveManifestExists() : EmanErrors.ManifestUnknown();
            return await RecordAsync(key, interchangeRef, result, Rejection(answerEnvelope, subject, receivedAt, [raced]), cancellationToken);
        }

        await documents.SaveVersionAsync(CanonicalVersion(manifest, issued, number, receivedAt, key), cancellationToken);
        await clearance.AssessAsync(key, issued, manifest, receivedAt, cancellationToken);
        return accepted;
    }

    /// <summary>
    /// A replayed accepted message stores its canonical version again (a no-op when present), so a failure between the
    /// EMAN tables' commit and the canonical store heals on the resend the contract asks for.
    /// </summary>
    public async Task EnsureCanonicalAsync(string key, string interchangeRef, CuscarMessageResult result, CancellationToken cancellationToken)
    {
        if (result.Manifest is { } manifest &&
            await store.VersionOfMessageAsync(key, interchangeRef, result.Message.Reference, cancellationToken) is { } made)
        {
            await documents.SaveVersionAsync(CanonicalVersion(manifest, made.EmanRef, made.Number, made.ReceivedAt, key), cancellationToken);
        }
    }

    private static DocumentVersion CanonicalVersion(CuscarManifest manifest, string emanRef, int number, DateTimeOffset receivedAt, string key) => new()
    {
        Number = number,
        Function = ManifestMapper.FunctionOf(manifest),
        ReceivedAt = receivedAt,
        IssuedReference = emanRef,
        Source = SourceInterface.Eman,
        ClientKey = key,
        Document = ManifestMapper.Map(manifest),
    };

    // E018 for an amendment or cancellation whose ref is unusable; E010 for an amendment that changes its trip; E019 for
    // an original of a live trip. Returns the manifest an amendment or cancellation continues.
    private async Task<ManifestRow?> StoreRulesAsync(CuscarManifest manifest, string key, List<ContractError> errors, CancellationToken cancellationToken)
    {
        var storeErrors = new List<ContractError>();
        ManifestRow? head = null;
        if (manifest.Function == ManifestFunction.Original)
        {
            if (await store.TripIsLiveAsync(ManifestTrip.Of(manifest), cancellationToken))
            {
                storeErrors.Add(EmanErrors.LiveManifestExists());
            }
        }
        else
        {
            head = manifest.EmanRef is { } named && EmanReference.IsWellFormed(named) ? await store.FindAsync(named, cancellationToken) : null;
            if (head is null || head.ClientKey != key || head.Cancelled)
            {
                head = null;
                storeErrors.Add(EmanErrors.ManifestUnknown());
            }
            else if (manifest.Function == ManifestFunction.Amendment && !KeepsTrip(head, manifest))
            {
                storeErrors.Add(EmanErrors.DirectionDatesOrLocations());
            }
        }

        foreach (var error in storeErrors.Where(e => errors.All(x => x.Code != e.Code)))
        {
            errors.Add(error);
        }

        errors.Sort((a, b) => string.CompareOrdinal(a.Code, b.Code));
        return head;
    }

    private static bool KeepsTrip(ManifestRow head, CuscarManifest amendment)
    {
        var trip = ManifestTrip.Of(amendment);
        return head.CarrierCode == trip.CarrierCode && head.ConveyanceId == trip.ConveyanceId && head.Voyage == trip.VoyageNumber &&
            head.Direction == trip.DirectionCode && head.Statement == trip.Statement.Code() && head.Mode == amendment.Conveyance.ModeCode;
    }

    private static TransportMode ModeOf(CuscarManifest manifest) =>
        EmanReference.TryParseMode(manifest.Conveyance.ModeCode, out var mode) ? mode : throw new InvalidOperationException("An accepted manifest has an EMAN mode.");

    private static string Rejection(AnswerEnvelope envelope, AnswerSubject subject, DateTimeOffset receivedAt, IEnumerable<ContractError> errors) =>
        AnswerText.Message(envelope, EmanAnswers.Rejected(subject, receivedAt, errors));

    private async Task<string> RecordAsync(string key, string interchangeRef, CuscarMessageResult result, string text, CancellationToken cancellationToken)
    {
        var answer = new RecordedMessage { MessageRef = result.Message.Reference, ContentHash = result.Message.ContentHash(), Answer = text };
        await store.Database.WriteAsync(
            (connection, transaction) => ManifestStore.RecordMessageAsync(connection, transaction, key, interchangeRef, answer, cancellationToken),
            cancellationToken);
        return text;
    }
}
