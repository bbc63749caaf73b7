using Strangler.Legacy.Platform.Store;
using Strangler.CargoImp;
using Strangler.CargoImp.Answers;
using Strangler.CargoImp.Ffm;
using Strangler.CargoImp.Fhl;
using Strangler.CargoImp.Fwb;
using Strangler.Contracts.Checking;
using Strangler.Contracts.Clients;
using Strangler.Contracts.Http.Answers;
using Strangler.Contracts.Http.Requests;
using Strangler.Contracts.Time;
using Strangler.Legacy.Accs.Status;

namespace Strangler.Legacy.Accs.Messages;

/// <summary>
/// The write path of the legacy ACCS stand-in: one Cargo-IMP message in, its FMA or FNA out, the store
/// changed in one transaction. The HTTP endpoint is a shim over it, so tests and the history generator
/// drive the same path at any received-at. A resend (same key, same <see cref="CargoImpHash"/>) gets
/// the recorded answer byte for byte and changes nothing.
/// </summary>
public sealed class AccsProcessor
{
    private readonly AccsStore _store;
    private readonly StatusNotifier _notifier;
    private readonly FwbFiling _fwb;
    private readonly FfmFiling _ffm;

    internal AccsProcessor(AccsStore store, StatusNotifier notifier, FwbFiling fwb, FfmFiling ffm)
    {
        _store = store;
        _notifier = notifier;
        _fwb = fwb;
        _ffm = ffm;
    }

    public Task<ContractAnswer> SubmitAsync(
        ClientAuthority key, ReadOnlyMemory<byte> body, DateTimeOffset receivedAt, FacadeContext? facade, CancellationToken cancellationToken) =>
        TakenReferences.RefuseAsync(facade, () => SubmitCoreAsync(key, body, receivedAt, facade, cancellationToken));

    private async Task<ContractAnswer> SubmitCoreAsync(
        ClientAuthority key, ReadOnlyMemory<byte> body, DateTimeOffset receivedAt, FacadeContext? facade, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        receivedAt = HongKongTime.TruncateToSeconds(HongKongTime.ToHongKong(receivedAt));
        var issuedReceipt = facade?.IssuedFor("receipt");
        if (issuedReceipt is not null && !AccsReceiptNumber.IsWellFormed(issuedReceipt))
        {
            return ContractAnswer.Empty(400); // the facade asked for a number ACCS cannot issue: its bug, not the client's
        }

        var hash = CargoImpHash.ComputeHex(body.Span);
        var answer = await _store.WriteAsync(receivedAt, async s =>
        {
            await _notifier.ReleaseDueAsync(s, s.ReceivedAt);
            if (!await RequestLog.ClaimAsync(s, key.Key, hash))
            {
                return null; // recorded (or being recorded) by an identical request: answer what it recorded
            }

            var decoded = CargoImpDecoder.Decode(body, new CheckContext(receivedAt, key, RuleProfile.Legacy));
            var refusal = await RefusalAsync(s, decoded, body);
            byte[] bytes;
            string? receiptNo = null;
            if (refusal is not null)
            {
                bytes = AccsAnswer.Rejected(body.Span, refusal);
            }
            else
            {
                receiptNo = issuedReceipt ?? await _store.NextReceiptAsync(s);
                await FileAsync(s, decoded.Message!, receiptNo, key.Key);
                bytes = AccsAnswer.Accepted(body.Span, receiptNo);
            }

            await RequestLog.RecordAsync(s, key.Key, hash, decoded.Type?.Name(), receiptNo, bytes);
            return bytes;
        }, cancellationToken);

        answer ??= await _store.ReadAsync(c => RequestLog.FindAsync(c, null, key.Key, hash, cancellationToken), cancellationToken)
            ?? throw new InvalidOperationException("A claimed request has no recorded answer.");
        return ContractAnswer.Text(answer);
    }

    // The first failure in the contract's order; the stored state is consulted for A004 (FFM part
    // already received, a line-2 fault), then A015 and A020 after every stateless check.
    private static async Task<string?> RefusalAsync(AccsSession s, CargoImpDecodeResult decoded, ReadOnlyMemory<byte> body)
    {
        var code = decoded.Error?.Code;
        if (decoded.Type == CargoImpMessageType.Ffm &&
            code is not (AccsErrors.CharacterNotAllowed or AccsErrors.TooLong or AccsErrors.UnknownMessageType))
        {
            var (part, flight) = decoded.Message is FfmMessage m
                ? (m.PartNumber, m.Flight)
                : FfmFlightLine.TryRead(body.Span, s.ReceivedAt, out var p, out var f) ? (p, f) : (0, null);
            if (flight is not null && await FfmFiling.PartAlreadyReceivedAsync(s, flight, part))
            {
                return AccsErrors.OutOfPlaceOrMalformed;
            }
        }

        return code ?? decoded.Message switch
        {
            FfmMessage ffm => await FfmFiling.RefusalAsync(s, ffm),
            FwbMessage fwb => await FwbFiling.RefusalAsync(s, fwb),
            _ => null,
        };
    }

    private Task FileAsync(AccsSession s, CargoImpMessage message, string receiptNo, string clientKey) => message switch
    {
        FwbMessage fwb => _fwb.FileAsync(s, fwb, receiptNo, clientKey),
        FhlMessage fhl => FhlFiling.FileAsync(s, fhl, receiptNo, clientKey),
        FfmMessage ffm => _ffm.FileAsync(s, ffm, receiptNo, clientKey),
        _ => throw new InvalidOperationException($"Unexpected message {message.GetType().Name}."),
    };
}
