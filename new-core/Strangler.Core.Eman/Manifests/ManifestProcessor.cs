using System.Data.Common;
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
/// its trip under E010), then — inside the lodging's one write transaction — the accepted version in the EMAN tables,
/// the canonical document version, the detention notice of a Statement 1 import and the recorded answer. Clearance is
/// assessed ahead of that transaction (<see cref="AssessAheadAsync"/>).
/// </summary>
internal sealed class ManifestProcessor(
    ManifestStore store, DocumentWriter documents, DocumentReader reader, CoreReferences references, ManifestClearance clearance,
    NoticeBoard notices)
{
    private const string BeforeDraw = "eman_draw";

    /// <summary>False when the facade named an EMAN ref for an original that is malformed, of another mode, or taken (here or in the canonical store).</summary>
    public async Task<bool> FacadeReferencesUsableAsync(
        ContractRequest request, CuscarDecoded decoded, IReadOnlyDictionary<string, RecordedMessage> recorded,
        DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken)
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
                await ManifestStore.FindAsync(connection, transaction, issued, cancellationToken) is not null ||
                await reader.DocumentAsync(issued, connection, transaction, cancellationToken) is not null)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The messages the stored state says will be accepted and that clearance assesses, each with the documents its
    /// EMAN ref has already detained (read on the caller's connection; nothing assessed yet).
    /// </summary>
    public async Task<IReadOnlyList<(int Index, CuscarManifest Manifest, IReadOnlySet<string> Already)>> ClearanceCandidatesAsync(
        string key, CuscarDecoded decoded, IReadOnlyDictionary<string, RecordedMessage> recorded,
        DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        var candidates = new List<(int, CuscarManifest, IReadOnlySet<string>)>();
        for (var i = 0; i < decoded.Messages.Count; i++)
        {
            var result = decoded.Messages[i];
            if (recorded.ContainsKey(result.Message.Reference) || result.Verdict.Errors.Count > 0 || result.Manifest is not { } manifest ||
                !ManifestClearance.Applies(manifest))
            {
                continue;
            }

            if (manifest.Function == ManifestFunction.Original)
            {
                if (result.Verdict.Phase != 4 || !await ManifestStore.TripIsLiveAsync(connection, transaction, ManifestTrip.Of(manifest), cancellationToken))
                {
                    candidates.Add((i, manifest, new HashSet<string>()));
                }

                continue;
            }

            var head = manifest.EmanRef is { } named && EmanReference.IsWellFormed(named)
                ? await ManifestStore.FindAsync(connection, transaction, named, cancellationToken)
                : null;
            if (head is not null && head.ClientKey == key && !head.Cancelled && KeepsTrip(head, manifest))
            {
                candidates.Add((i, manifest, await NoticeBoard.DetainedAsync(connection, transaction, head.EmanRef, cancellationToken)));
            }
        }

        return candidates;
    }

    /// <summary>Assesses the candidates (outside any transaction of ours): per message index, the CNI lines the channel detains.</summary>
    public async Task<IReadOnlyDictionary<int, IReadOnlyList<(int Sequence, string DocumentNumber)>>> AssessAheadAsync(
        IReadOnlyList<(int Index, CuscarManifest Manifest, IReadOnlySet<string> Already)> candidates, DateTimeOffset receivedAt,
        CancellationToken cancellationToken)
    {
        var decisions = new Dictionary<int, IReadOnlyList<(int Sequence, string DocumentNumber)>>();
        foreach (var (index, manifest, already) in candidates)
        {
            decisions[index] = await clearance.DetainedByChannelAsync(manifest, already, receivedAt, cancellationToken);
        }

        return decisions;
    }

    /// <summary>
    /// Checks, stores and answers one message inside the lodging's transaction; returns its CUSRES text (recorded with it).
    /// <paramref name="detains"/> is the clearance assessed ahead, or null when the message was not expected to be
    /// accepted: then an accepted Statement 1 import is added to <paramref name="assessLater"/>.
    /// </summary>
    public async Task<string> ProcessAsync(
        DbConnection connection, DbTransaction transaction, ContractRequest request, InterchangeEnvelope envelope, AnswerEnvelope answerEnvelope,
        CuscarMessageResult result, IReadOnlyList<(int Sequence, string DocumentNumber)>? detains,
        List<(string EmanRef, CuscarManifest Manifest)> assessLater, CancellationToken cancellationToken)
    {
        var receivedAt = request.ReceivedAt;
        var subject = AnswerSubject.Of(envelope, result.Message);
        var key = request.Client.Key;
        var interchangeRef = envelope.Header!.InterchangeRef;
        var errors = result.Verdict.Errors.ToList();
        ManifestRow? head = null;
        if (result.Verdict.Phase == 4 && result.Manifest is { } checkedManifest)
        {
            head = await StoreRulesAsync(connection, transaction, checkedManifest, key, errors, cancellationToken);
        }

        if (errors.Count > 0 || result.Manifest is not { } manifest)
        {
            return await RecordAsync(connection, transaction, key, interchangeRef, result, Rejection(answerEnvelope, subject, receivedAt, errors), cancellationToken);
        }

        var facadeIssued = request.Facade?.IssuedFor(result.Message.Reference);
        var draws = head is null && facadeIssued is null;
        if (draws && transaction.SupportsSavepoints)
        {
            // A ref drawn for an original that then loses its trip to a concurrent request is given back (gapless).
            await transaction.SaveAsync(BeforeDraw, cancellationToken);
        }

        var issued = head?.EmanRef ?? facadeIssued
            ?? await references.In(connection, transaction).NextEmanRefAsync(ModeOf(manifest), receivedAt, cancellationToken);
        var number = head is null ? 1 : head.CurrentVersion + 1;
        var changed = head is null
            ? await store.InsertOriginalAsync(connection, transaction, issued, key, manifest, cancellationToken)
            : await ManifestStore.AdvanceAsync(connection, transaction, issued, number, manifest.Function == ManifestFunction.Cancellation, cancellationToken);
        if (!changed)
        {
            if (draws && transaction.SupportsSavepoints)
            {
                await transaction.RollbackAsync(BeforeDraw, cancellationToken);
            }

            // Another request took the trip (original) or changed the manifest (amendment) between check and write.
            var raced = head is null ? EmanErrors.LiveManifestExists() : EmanErrors.ManifestUnknown();
            return await RecordAsync(connection, transaction, key, interchangeRef, result, Rejection(answerEnvelope, subject, receivedAt, [raced]), cancellationToken);
        }

        var statuses = EmanAnswers.Statuses(manifest, receivedAt);
        var accepted = AnswerText.Message(answerEnvelope, EmanAnswers.AcceptedStatuses(subject, receivedAt, issued, statuses));
        await store.InsertVersionAsync(connection, transaction, issued, number, manifest, interchangeRef, result.Message.Reference, receivedAt, statuses, cancellationToken);
        await documents.SaveVersionAsync(CanonicalVersion(manifest, issued, number, receivedAt, key), connection, transaction, cancellationToken);
        if (ManifestClearance.Applies(manifest))
        {
            if (detains is null)
            {
                assessLater.Add((issued, manifest));
            }
            else if (detains.Count > 0)
            {
                // A freshly drawn ref has detained nothing; a continued or facade-issued one may have (this transaction included).
                var already = draws ? null : await NoticeBoard.DetainedAsync(connection, transaction, issued, cancellationToken);
                var lines = already is null ? detains : detains.Where(l => !already.Contains(l.DocumentNumber)).ToList();
                if (lines.Count > 0)
                {
                    await notices.DetainAsync(connection, transaction, key, issued, receivedAt, lines, cancellationToken);
                }
            }
        }

        // The answer commits with the manifest, its canonical version and its notice: a recorded accepted answer always
        // has its canonical version, so the replay path no longer re-saves it (the former EnsureCanonical repair).
        var answer = new RecordedMessage { MessageRef = result.Message.Reference, ContentHash = result.Message.ContentHash(), Answer = accepted };
        await ManifestStore.RecordMessageAsync(connection, transaction, key, interchangeRef, answer, cancellationToken);
        return accepted;
    }

    /// <summary>
    /// Clearance of an accepted Statement 1 import that was not expected to be accepted when clearance ran ahead (a
    /// message that depends on an earlier one of its interchange): assessed after the commit, the notice in its own transaction.
    /// </summary>
    public async Task AssessAfterAsync(string key, string emanRef, CuscarManifest manifest, DateTimeOffset receivedAt, CancellationToken cancellationToken)
    {
        IReadOnlySet<string> already;
        await using (var connection = await store.Database.OpenAsync(cancellationToken))
        {
            already = await NoticeBoard.DetainedAsync(connection, null, emanRef, cancellationToken);
        }

        var lines = await clearance.DetainedByChannelAsync(manifest, already, receivedAt, cancellationToken);
        if (lines.Count > 0)
        {
            await store.Database.WriteAsync(
                (connection, transaction) => notices.DetainAsync(connection, transaction, key, emanRef, receivedAt, lines, cancellationToken),
                cancellationToken);
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
    private static async Task<ManifestRow?> StoreRulesAsync(
        DbConnection connection, DbTransaction transaction, CuscarManifest manifest, string key, List<ContractError> errors, CancellationToken cancellationToken)
    {
        var storeErrors = new List<ContractError>();
        ManifestRow? head = null;
        if (manifest.Function == ManifestFunction.Original)
        {
            if (await ManifestStore.TripIsLiveAsync(connection, transaction, ManifestTrip.Of(manifest), cancellationToken))
            {
                storeErrors.Add(EmanErrors.LiveManifestExists());
            }
        }
        else
        {
            head = manifest.EmanRef is { } named && EmanReference.IsWellFormed(named) ? await ManifestStore.FindAsync(connection, transaction, named, cancellationToken) : null;
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

    private static async Task<string> RecordAsync(
        DbConnection connection, DbTransaction transaction, string key, string interchangeRef, CuscarMessageResult result, string text,
        CancellationToken cancellationToken)
    {
        var answer = new RecordedMessage { MessageRef = result.Message.Reference, ContentHash = result.Message.ContentHash(), Answer = text };
        await ManifestStore.RecordMessageAsync(connection, transaction, key, interchangeRef, answer, cancellationToken);
        return text;
    }
}
