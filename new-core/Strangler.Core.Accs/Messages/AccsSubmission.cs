using System.Data;
using System.Data.Common;
using Microsoft.AspNetCore.Http;
using Strangler.Core.Hosting.Concurrency;
using Strangler.CargoImp;
using Strangler.CargoImp.Answers;
using Strangler.CargoImp.Ffm;
using Strangler.CargoImp.Fhl;
using Strangler.CargoImp.Fwb;
using Strangler.CargoImp.Waybills;
using Strangler.Contracts.Checking;
using Strangler.Contracts.CodeLists;
using Strangler.Contracts.Http.Answers;
using Strangler.Contracts.Http.Requests;
using Strangler.Core.Accs.State;
using Strangler.Core.Hosting.Clearance;
using Strangler.Core.Hosting.Numbering;
using Strangler.Core.Model.Documents;
using Strangler.Core.Model.Manifests;
using Strangler.Core.Model.Mapping;
using Strangler.Core.Risk.Outcomes;
using Strangler.Core.Store.Database;
using Strangler.Core.Store.Documents;
using Strangler.Core.Store.Requests;

namespace Strangler.Core.Accs.Messages;

/// <summary>
/// POST /accs/v1/messages: the codec's stateless checks, then — in ONE write transaction under the locks of the air
/// waybills the message names — the stateful ones (a part already received, A015, A020), the air waybills' codes, status
/// documents and CSNs, the receipt (facade-issued or drawn), the message as a canonical document version and the answer
/// recorded under the Cargo-IMP body hash. Everything commits together, so a crash leaves either all of it or none
/// (the separate recording step, and its resend-after-crash gap, are gone).
/// </summary>
internal sealed class AccsSubmission(
    KeyedLocks locks, AccsStore store, StatusLifecycle lifecycle, DocumentWriter writer, DocumentReader reader, CoreReferences numbers,
    RequestLog log, ICargoClearance clearance)
{
    private const string Interface = "accs";
    private const int MaxAttempts = 8;

    public async Task<ContractAnswer> SubmitAsync(ContractRequest request, CancellationToken ct)
    {
        var hash = CargoImpHash.ComputeHex(request.Body.Span);
        var decoded = CargoImpDecoder.Decode(request.Body, new CheckContext(request.ReceivedAt, request.Client, RuleProfile.NewCore));
        var keys = LockKeys(request, decoded, hash);

        // Clearance keeps its own transaction: assess before taking any lock, and only when the FWB looks acceptable, so a
        // rejected or resent FWB records no decision. A state change in between is caught in the transaction (retry below).
        var assessment = await LooksAcceptableFwbAsync(request, decoded, hash, ct) is { } fwb ? await AssessAsync(request, fwb, ct) : null;
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            Outcome outcome;
            try
            {
                using var held = await locks.EnterAsync(keys, ct);
                outcome = await store.Database.WriteAsync((c, t) => DecideAsync(request, decoded, hash, assessment, c, t, ct), ct);
            }
            catch (ReceiptTakenException)
            {
                return ContractAnswer.Empty(StatusCodes.Status400BadRequest);
            }
            catch (RecordedMeanwhileException)
            {
                continue; // another process answered the same request first: the next attempt answers its recording
            }

            switch (outcome.Kind)
            {
                case OutcomeKind.Answer:
                    return ContractAnswer.Text(outcome.Answer!);
                case OutcomeKind.BadRequest:
                    return ContractAnswer.Empty(StatusCodes.Status400BadRequest);
                case OutcomeKind.ReleasesDue:
                    await lifecycle.ApplyReleasesAsync(request.ReceivedAt, ct);
                    break;
                case OutcomeKind.NeedsAssessment:
                    assessment = await AssessAsync(request, (FwbMessage)decoded.Message!, ct);
                    break;
            }
        }

        throw new InvalidOperationException($"ACCS request {hash} did not settle in {MaxAttempts} attempts.");
    }

    // Runs inside the write transaction; returns before writing anything when the request must not store (400) or must
    // first let releases or an assessment happen outside the locks.
    private async Task<Outcome> DecideAsync(
        ContractRequest request, CargoImpDecodeResult decoded, string hash, Assessment? assessment, DbConnection c, DbTransaction t,
        CancellationToken ct)
    {
        var body = request.Body;
        var now = request.ReceivedAt;
        if (await store.AnyReleaseDueAsync(c, t, now, ct))
        {
            return Outcome.ReleasesDue;
        }

        if (await log.FindAsync(Interface, request.Client.Key, hash, c, t, ct) is { } recorded)
        {
            return Outcome.Of(recorded.Answer);
        }

        if (await ErrorAsync(request, decoded, c, t, ct) is { } error)
        {
            return await RecordAsync(request, hash, AccsAnswer.Rejected(body.Span, error), c, t, ct);
        }

        var issued = request.Facade?.IssuedFor("receipt");
        if (issued is not null && (!AccsReceiptNumber.IsWellFormed(issued) || await reader.DocumentAsync(issued, c, t, ct) is not null))
        {
            return Outcome.BadRequest;
        }

        var message = decoded.Message!;
        if (NeedsDecision(message) && assessment is null)
        {
            return Outcome.NeedsAssessment;
        }

        var changes = new CodeChanges();
        var apply = new StateChanges(store, lifecycle, c, t, now, changes, ct);
        switch (message)
        {
            case FwbMessage fwb:
                await apply.FwbAsync(fwb, NeedsDecision(fwb) ? assessment!.Decision : null);
                break;
            case FfmMessage ffm:
                await apply.FfmAsync(ffm);
                break;
        }

        await lifecycle.WriteChangesAsync(c, t, changes, request.Client.Key, ct);

        // Drawn late: the day's receipt sequence row stays locked until commit.
        var receipt = issued ?? await numbers.In(c, t).NextAccsReceiptAsync(now, ct);
        var saved = await writer.SaveVersionAsync(new DocumentVersion
        {
            Number = 1,
            Function = DocumentFunction.Original,
            ReceivedAt = now,
            IssuedReference = receipt,
            Source = SourceInterface.Accs,
            ClientKey = request.Client.Key,
            Document = AirCargoMapper.Map(message, now),
        }, c, t, ct);
        if (saved != SaveOutcome.Saved)
        {
            // Only a facade-issued receipt can be taken meanwhile (by another process): an empty 400, all rolled back.
            throw issued is not null ? new ReceiptTakenException() : new InvalidOperationException($"ACCS receipt {receipt} was already stored.");
        }

        switch (message)
        {
            case FfmMessage ffm:
                await store.AddPartAsync(c, t, FlightParts.KeyOf(ffm.Flight), ffm.PartNumber, receipt, now, ct);
                break;
            case FhlMessage fhl:
                await store.SetHouseListAsync(c, t, fhl.Master.Number, receipt, now, ct);
                break;
        }

        return await RecordAsync(request, hash, AccsAnswer.Accepted(body.Span, receipt), c, t, ct);
    }

    private async Task<Outcome> RecordAsync(ContractRequest request, string hash, byte[] answer, DbConnection c, DbTransaction t, CancellationToken ct) =>
        await log.RecordAsync(Interface, request.Client.Key, hash, new RecordedAnswer(hash, answer), c, t, ct)
            ? Outcome.Of(answer)
            : throw new RecordedMeanwhileException();

    // The stateful checks, in the legacy order: a part already received (unless line 1 or the characters are at fault),
    // then A015 for an FFM or A020 for an FWB.
    private async Task<string?> ErrorAsync(ContractRequest request, CargoImpDecodeResult decoded, DbConnection c, DbTransaction t, CancellationToken ct)
    {
        var error = decoded.Error?.Code;
        if (decoded.Type == CargoImpMessageType.Ffm && error is not (AccsErrors.CharacterNotAllowed or AccsErrors.TooLong or AccsErrors.UnknownMessageType)
            && FlightParts.LineTwo(request.Body.Span, request.ReceivedAt) is { } partOf
            && await store.PartExistsAsync(c, t, FlightParts.KeyOf(partOf.Flight), partOf.Part, ct))
        {
            error = AccsErrors.OutOfPlaceOrMalformed;
        }

        return error ?? decoded.Message switch
        {
            FfmMessage ffm => await PiecesExceededAsync(ffm, c, t, ct) ? AccsErrors.PiecesExceeded : null,
            FwbMessage fwb => UnderControl(await store.CodeAsync(c, t, fwb.Waybill.Number, ct), request.ReceivedAt) ? AccsErrors.UnderCustomsControl : null,
            _ => null,
        };
    }

    // A015: only air waybills with an FWB count, against the current FWB's pieces, across the flight's parts.
    private async Task<bool> PiecesExceededAsync(FfmMessage ffm, DbConnection c, DbTransaction t, CancellationToken ct)
    {
        var flight = FlightParts.KeyOf(ffm.Flight);
        foreach (var (awb, pieces) in ffm.PiecesPerWaybill())
        {
            if (await store.WaybillAsync(c, t, awb, ct) is { FwbPieces: { } fwbPieces } &&
                await store.ManifestedAsync(c, t, flight, awb, ct) + pieces > fwbPieces)
            {
                return true;
            }
        }

        return false;
    }

    // A020 as it will stand once releases due by the request's received-at are applied (RL is not under control).
    private static bool UnderControl((string Code, DateTimeOffset? ReleaseDueAt)? waybill, DateTimeOffset now) =>
        waybill is { } w && !(w.ReleaseDueAt is { } due && due <= now) && ActionCodes.TryParse(w.Code, out var code) && code.IsUnderCustomsControl();

    // The FWB to assess when it would be accepted as things stand: decoded cleanly, not transit, not a resend, its
    // facade receipt usable, its air waybill not under customs control. One read transaction.
    private async Task<FwbMessage?> LooksAcceptableFwbAsync(ContractRequest request, CargoImpDecodeResult decoded, string hash, CancellationToken ct)
    {
        if (decoded.Error is not null || decoded.Message is not FwbMessage fwb || !NeedsDecision(fwb))
        {
            return null;
        }

        await using var c = await store.Database.OpenAsync(ct);

        // PostgreSQL: one transaction for the reads instead of one per statement. SQLite: none (BEGIN would take the write lock).
        await using var t = store.Database.Provider == CoreStoreProvider.Postgres ? await c.BeginTransactionAsync(IsolationLevel.ReadCommitted, ct) : null;
        var issued = request.Facade?.IssuedFor("receipt");
        var acceptable = await log.FindAsync(Interface, request.Client.Key, hash, c, t, ct) is null
                         && (issued is null || (AccsReceiptNumber.IsWellFormed(issued) && await reader.DocumentAsync(issued, c, t, ct) is null))
                         && !UnderControl(await store.CodeAsync(c, t, fwb.Waybill.Number, ct), request.ReceivedAt);
        if (t is not null)
        {
            await t.CommitAsync(ct);
        }

        return acceptable ? fwb : null;
    }

    private async Task<Assessment> AssessAsync(ContractRequest request, FwbMessage fwb, CancellationToken ct)
    {
        var report = AirCargoMapper.Map(fwb, request.ReceivedAt);
        var subject = RiskSubjects.Consignment(fwb.Waybill.Number, report.Consignments[0], TransportMode.Air, report.Trip!.Direction, report.Trip, request.ReceivedAt);
        return new Assessment(ChannelOutcomes.AccsActionCode((await clearance.AssessAsync(subject, ct)).Channel));
    }

    private static bool NeedsDecision(object message) => message is FwbMessage f && f.Classification != CargoClassification.Transit;

    // What the request changes: its request-log identity, its air waybills, an FFM's flight (parts), an FHL's house list
    // and a facade-issued receipt. Taken together in one order (KeyedLocks), never nested.
    private static List<string> LockKeys(ContractRequest request, CargoImpDecodeResult decoded, string hash)
    {
        var keys = new List<string> { $"log {request.Client.Key} {hash}" };
        switch (decoded.Message)
        {
            case FwbMessage fwb:
                keys.Add(fwb.Waybill.Number);
                break;
            case FfmMessage ffm:
                keys.Add("flight " + FlightParts.KeyOf(ffm.Flight));
                keys.AddRange(ffm.Waybills.Select(w => w.Line.Number));
                break;
            case FhlMessage fhl:
                keys.Add("houses " + fhl.Master.Number);
                break;
        }

        if (request.Facade?.IssuedFor("receipt") is { } issued)
        {
            keys.Add("receipt " + issued);
        }

        return keys;
    }

    private sealed record Assessment(string? Decision);

    private enum OutcomeKind
    {
        Answer,
        BadRequest,
        ReleasesDue,
        NeedsAssessment,
    }

    private sealed record Outcome(OutcomeKind Kind, byte[]? Answer)
    {
        public static readonly Outcome BadRequest = new(OutcomeKind.BadRequest, null);
        public static readonly Outcome ReleasesDue = new(OutcomeKind.ReleasesDue, null);
        public static readonly Outcome NeedsAssessment = new(OutcomeKind.NeedsAssessment, null);

        public static Outcome Of(byte[] answer) => new(OutcomeKind.Answer, answer);
    }

    private sealed class ReceiptTakenException : Exception;

    private sealed class RecordedMeanwhileException : Exception;
}
