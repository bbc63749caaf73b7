using System.Data.Common;
using Strangler.Contracts.Checking;
using Strangler.Contracts.Clients;
using Strangler.Contracts.CodeLists;
using Strangler.Contracts.Time;
using Strangler.Edifact.Checking;
using Strangler.Edifact.Cuscar;
using Strangler.Edifact.Cusres;
using Strangler.Legacy.Eman.Notices;
using Strangler.Legacy.Eman.Risk;
using Strangler.Legacy.Platform.Store;

namespace Strangler.Legacy.Eman.Manifests;

/// <summary>
/// Decides one checked CUSCAR message against the store, inside the caller's transaction: the store
/// rules (E018, E019, an amendment keeping its trip E010) merged with the stateless verdict, then
/// for an accepted message the new manifest, version or cancellation, the EMAN ref, and the legacy
/// risk decision with its detention notice.
/// </summary>
internal sealed class ManifestDesk(LegacySequences sequences, NoticeStore notices, LegacyRiskEngine risk, RiskOptions riskOptions)
{
    public async Task<DeskOutcome> DecideAsync(
        DbConnection c, DbTransaction tx, ClientAuthority client, CuscarMessageResult result, AnswerSubject subject,
        DateTimeOffset receivedAt, string? issuedRef)
    {
        if (result.Manifest is not { } manifest)
        {
            return Rejected(subject, receivedAt, result.Verdict.Errors);
        }

        var errors = new List<ContractError>(result.Verdict.Errors);
        StoredManifest? stored = null;
        if (manifest.Function == ManifestFunction.Original)
        {
            if (await ManifestStore.HasLiveTripAsync(c, tx, StoredManifest.TripKey(ManifestTrip.Of(manifest))))
            {
                errors.Add(EmanErrors.LiveManifestExists());
            }
        }
        else
        {
            stored = manifest.EmanRef is { Length: > 0 } emanRef ? await ManifestStore.FindAsync(c, tx, emanRef) : null;
            if (stored is null || stored.ClientKey != client.Key || !stored.IsLive)
            {
                errors.Add(EmanErrors.ManifestUnknown());
                stored = null;
            }
            else if (manifest.Function == ManifestFunction.Amendment && !stored.IsKeptBy(manifest))
            {
                errors.Add(EmanErrors.DirectionDatesOrLocations());
            }
        }

        if (errors.Count > 0)
        {
            return Rejected(subject, receivedAt, MessageChecker.Normalise(errors));
        }

        var origin = new VersionOrigin(subject.DocumentNumber, subject.InterchangeRef, subject.MessageRef, receivedAt);
        var late = StatementTwoLateness.IsLate(manifest, receivedAt);
        long manifestId;
        string reference;
        if (stored is null)
        {
            reference = issuedRef is not null && EmanReference.IsWellFormed(issuedRef) ? issuedRef : await NextEmanRefAsync(c, tx, manifest, receivedAt);
            manifestId = await sequences.NextAsync(c, tx, "MANIFEST_ID");
            if (!await ManifestStore.TryInsertManifestAsync(c, tx, manifestId, reference, client.Key, manifest, receivedAt))
            {
                // Another original for the same trip committed between our check and our insert.
                return Rejected(subject, receivedAt, [EmanErrors.LiveManifestExists()]);
            }

            await ManifestStore.InsertVersionAsync(c, tx, manifestId, 1, manifest, origin, late);
        }
        else
        {
            manifestId = stored.ManifestId;
            reference = stored.EmanRef;
            var versionNo = stored.CurrentVersionNo + 1;
            await ManifestStore.InsertVersionAsync(c, tx, manifestId, versionNo, manifest, origin, late);
            await ManifestStore.AdvanceAsync(c, tx, manifestId, versionNo, manifest.Function == ManifestFunction.Cancellation, receivedAt);
        }

        if (LegacyRiskEngine.Assesses(manifest))
        {
            await DetainAsync(c, tx, client.Key, manifestId, reference, manifest, receivedAt);
        }

        return new DeskOutcome(EmanAnswers.Accepted(subject, manifest, receivedAt, reference), manifestId);
    }

    private async Task<string> NextEmanRefAsync(DbConnection c, DbTransaction tx, CuscarManifest manifest, DateTimeOffset receivedAt)
    {
        if (!EmanReference.TryParseMode(manifest.Conveyance.ModeCode, out var mode))
        {
            throw new InvalidOperationException("An accepted manifest has a mode EMAN does not carry.");
        }

        var day = HongKongTime.Date(receivedAt);
        var sequence = await sequences.NextLegacyAsync(c, tx, "EMAN_REF_" + mode.Code(), day, EmanReference.SequenceDigits);
        return EmanReference.Create(mode, day, sequence);
    }

    private async Task DetainAsync(
        DbConnection c, DbTransaction tx, string clientKey, long manifestId, string emanRef, CuscarManifest manifest, DateTimeOffset at)
    {
        var already = await NoticeStore.DetainedDocumentsAsync(c, tx, manifestId);
        var lines = risk.Detain(emanRef, manifest)
            .Select(seq => (Seq: seq, DocumentNo: manifest.Consignments[seq - 1].TransportDocumentNumber))
            .Where(l => !already.Contains(l.DocumentNo))
            .ToList();
        if (lines.Count == 0)
        {
            return;
        }

        var releaseDue = HongKongTime.TruncateToSeconds(at + riskOptions.ExaminationTime);
        await notices.IssueAsync(c, tx, new NewNotice(clientKey, manifestId, emanRef, NoticeStore.Detention, at, releaseDue, null), lines);
    }

    private static DeskOutcome Rejected(AnswerSubject subject, DateTimeOffset receivedAt, IEnumerable<ContractError> errors) =>
        new(EmanAnswers.Rejected(subject, receivedAt, errors), null);
}

/// <summary>The answer to one message and the manifest it touched, if accepted.</summary>
internal sealed record DeskOutcome(CusresMessage Answer, long? ManifestId);
