using Microsoft.AspNetCore.Http;
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
using Strangler.Core.Hosting.Concurrency;
using Strangler.Core.Hosting.Numbering;
using Strangler.Core.Model.Documents;
using Strangler.Core.Model.Manifests;
using Strangler.Core.Model.Mapping;
using Strangler.Core.Risk.Outcomes;
using Strangler.Core.Store.Documents;
using Strangler.Core.Store.Requests;

namespace Strangler.Core.Accs.Messages;

/// <summary>
/// POST /accs/v1/messages: the codec's stateless checks, then the stateful ones (a part already received, A015, A020),
/// the receipt (facade-issued or drawn), the message as a canonical document version, the air waybills' codes and
/// CSNs, and the answer recorded under the Cargo-IMP body hash.
/// </summary>
internal sealed class AccsSubmission(
    KeyedLocks locks, AccsStore store, StatusLifecycle lifecycle, DocumentWriter writer, DocumentReader reader, CoreReferences numbers,
    RequestLog log, ICargoClearance clearance)
{
    private const string Interface = "accs";

    public async Task<ContractAnswer> SubmitAsync(ContractRequest request, CancellationToken ct)
    {
        var body = request.Body;
        var hash = CargoImpHash.ComputeHex(body.Span);
        var context = new CheckContext(request.ReceivedAt, request.Client, RuleProfile.NewCore);
        var decoded = CargoImpDecoder.Decode(body, context);
        using var held = await locks.EnterAsync(AccsLock.Key, ct);
        await lifecycle.ApplyReleasesAsync(request.ReceivedAt, ct);
        if (await log.FindAsync(Interface, request.Client.Key, hash, ct) is { } recorded)
        {
            return ContractAnswer.Text(recorded.Answer);
        }

        var answer = await DecideAsync(request, decoded, ct);
        if (answer is null)
        {
            return ContractAnswer.Empty(StatusCodes.Status400BadRequest);
        }

        await log.RecordAsync(Interface, request.Client.Key, hash, new RecordedAnswer(hash, answer), ct);
        return ContractAnswer.Text(answer);
    }

    // The answer bytes, or null when the facade named a receipt that is malformed or taken (empty 400, nothing stored).
    private async Task<byte[]?> DecideAsync(ContractRequest request, CargoImpDecodeResult decoded, CancellationToken ct)
    {
        var body = request.Body;
        var error = decoded.Error?.Code;
        if (decoded.Type == CargoImpMessageType.Ffm && error is not (AccsErrors.CharacterNotAllowed or AccsErrors.TooLong or AccsErrors.UnknownMessageType)
            && FlightParts.LineTwo(body.Span, request.ReceivedAt) is { } partOf && await PartExistsAsync(partOf.Flight, partOf.Part, ct))
        {
            error = AccsErrors.OutOfPlaceOrMalformed;
        }

        error ??= decoded.Message switch
        {
            FfmMessage ffm => await PiecesExceededAsync(ffm, ct) ? AccsErrors.PiecesExceeded : null,
            FwbMessage fwb => await UnderControlAsync(fwb, ct) ? AccsErrors.UnderCustomsControl : null,
            _ => null,
        };
        if (error is not null)
        {
            return AccsAnswer.Rejected(body.Span, error);
        }

        var issued = request.Facade?.IssuedFor("receipt");
        if (issued is not null && (!AccsReceiptNumber.IsWellFormed(issued) || await reader.DocumentAsync(issued, ct) is not null))
        {
            return null;
        }

        var receipt = issued ?? await numbers.NextAccsReceiptAsync(request.ReceivedAt, ct);
        var message = decoded.Message!;
        var report = AirCargoMapper.Map(message, request.ReceivedAt);
        var decision = message is FwbMessage f && f.Classification != CargoClassification.Transit
            ? ChannelOutcomes.AccsActionCode((await clearance.AssessAsync(RiskSubjectOf(f, report, request.ReceivedAt), ct)).Channel)
            : null;
        var saved = await writer.SaveVersionAsync(new DocumentVersion
        {
            Number = 1,
            Function = DocumentFunction.Original,
            ReceivedAt = request.ReceivedAt,
            IssuedReference = receipt,
            Source = SourceInterface.Accs,
            ClientKey = request.Client.Key,
            Document = report,
        }, ct);
        if (saved != SaveOutcome.Saved)
        {
            throw new InvalidOperationException($"ACCS receipt {receipt} was already stored.");
        }

        var changed = new HashSet<string>(StringComparer.Ordinal);
        await store.Database.WriteAsync(async (c, t) =>
        {
            var apply = new StateChanges(store, lifecycle, c, t, request.ReceivedAt, changed, ct);
            switch (message)
            {
                case FwbMessage fwb:
                    await apply.FwbAsync(fwb, decision);
                    break;
                case FfmMessage ffm:
                    await apply.FfmAsync(ffm, receipt);
                    break;
                case FhlMessage fhl:
                    await store.SetHouseListAsync(c, t, fhl.Master.Number, receipt, request.ReceivedAt, ct);
                    break;
            }

            return 0;
        }, ct);
        await lifecycle.WriteStatusDocumentsAsync(changed, request.Client.Key, ct);
        return AccsAnswer.Accepted(body.Span, receipt);
    }

    private static Strangler.Core.Risk.Subjects.RiskSubject RiskSubjectOf(FwbMessage fwb, CargoReport report, DateTimeOffset receivedAt) =>
        RiskSubjects.Consignment(fwb.Waybill.Number, report.Consignments[0], TransportMode.Air, report.Trip!.Direction, report.Trip, receivedAt);

    private async Task<bool> PartExistsAsync(FlightIdentity flight, int part, CancellationToken ct)
    {
        await using var c = await store.Database.OpenAsync(ct);
        return await store.PartExistsAsync(c, null, FlightParts.KeyOf(flight), part, ct);
    }

    // A015: only air waybills with an FWB count, against the current FWB's pieces, across the flight's parts.
    private async Task<bool> PiecesExceededAsync(FfmMessage ffm, CancellationToken ct)
    {
        await using var c = await store.Database.OpenAsync(ct);
        var flight = FlightParts.KeyOf(ffm.Flight);
        foreach (var (awb, pieces) in ffm.PiecesPerWaybill())
        {
            if (await store.WaybillAsync(c, null, awb, ct) is { FwbPieces: { } fwbPieces } &&
                await store.ManifestedAsync(c, null, flight, awb, ct) + pieces > fwbPieces)
            {
                return true;
            }
        }

        return false;
    }

    private async Task<bool> UnderControlAsync(FwbMessage fwb, CancellationToken ct)
    {
        await using var c = await store.Database.OpenAsync(ct);
        return await store.WaybillAsync(c, null, fwb.Waybill.Number, ct) is { } row &&
               ActionCodes.TryParse(row.Code, out var code) && code.IsUnderCustomsControl();
    }
}
