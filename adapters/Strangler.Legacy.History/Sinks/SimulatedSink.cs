using System.Globalization;
using Strangler.CargoImp;
using Strangler.CargoImp.Answers;
using Strangler.Contracts.CheckDigits;
using Strangler.Contracts.Checking;
using Strangler.Contracts.Clients;
using Strangler.Contracts.CodeLists;
using Strangler.Contracts.Time;
using Strangler.Edifact.Checking;
using Strangler.Edifact.Cuscar;
using Strangler.Edifact.Cusdec;
using Strangler.Edifact.Cusres;
using Strangler.Edifact.Envelope;
using Strangler.Legacy.History.Clients;
using Strangler.Legacy.History.Traffic;
using Strangler.RocarsXml;
using Strangler.RocarsXml.Documents;
using Strangler.RocarsXml.Rules;

namespace Strangler.Legacy.History.Sinks;

/// <summary>
/// Answers every request the way the legacy systems would if they had no store: the codecs' stateless
/// checks decide acceptance, and references are drawn from counters of the legacy block. Stores nothing.
/// For tests of the generator and for interfaces left out of a run (their references are still needed).
/// </summary>
public sealed class SimulatedSink(HistoryClients clients) : IHistorySink
{
    private readonly Dictionary<string, long> _sequences = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ClientAuthority> _authorities = new(StringComparer.Ordinal);

    public bool Stores(HistoryInterface historyInterface) => false;

    public Task<byte[]> SubmitAsync(HistoryRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        lock (_sequences)
        {
            return Task.FromResult(Answer(request));
        }
    }

    // Interfaces may be sent concurrently; the counters are per interface, so the lock keeps each one's numbering in its order.
    private byte[] Answer(HistoryRequest request)
    {
        var client = Authority(request.ClientKey);
        var at = HongKongTime.TruncateToSeconds(HongKongTime.ToHongKong(request.ReceivedAt));
        var context = new CheckContext(at, client, RuleProfile.Legacy);
        var answer = request.Interface switch
        {
            HistoryInterface.Gets => Gets(request.Body, client, context),
            HistoryInterface.Eman => Eman(request.Body, client, context),
            HistoryInterface.Rocars => Rocars(request, context),
            _ => Accs(request.Body, context),
        };
        return answer;
    }

    private byte[] Gets(ReadOnlyMemory<byte> body, ClientAuthority client, CheckContext context)
    {
        var at = context.ReceivedAt;
        var envelope = EnvelopeReader.Open(body.Span, EdifactInterface.Gets);
        var messages = new List<CusresMessage>();
        if (!envelope.IsAccepted)
        {
            messages.Add(CusresAnswers.EnvelopeRejection(envelope, at));
        }
        else
        {
            foreach (var message in envelope.Messages)
            {
                var subject = AnswerSubject.Of(envelope, message);
                var verdict = MessageChecker.Check(message, CusdecMessageType.Instance, context);
                if (!verdict.Passed)
                {
                    messages.Add(CusresAnswers.Rejection(EdifactInterface.Gets, subject, at, verdict.Errors));
                    continue;
                }

                var declaration = CusdecMapper.Map(message);
                var date = HongKongTime.Date(at);
                messages.Add(declaration.Function switch
                {
                    DeclarationFunction.Cancellation => GetsAnswers.Cancelled(subject, at, declaration.TdecNumber!),
                    DeclarationFunction.Amendment => GetsAnswers.Accepted(subject, at, declaration.TdecNumber!, GetsCharges.For(declaration, date)!),
                    _ => GetsAnswers.Accepted(
                        subject, at, TdecNumber.Create(Mode(declaration.ModeCode), date, Next($"TD{declaration.ModeCode}{date}") - 1),
                        GetsCharges.For(declaration, date)!),
                });
            }
        }

        return CusresWriter.Write(CusresAnswers.Interchange(AnswerEnvelope.For(envelope, client.EdifactPartyId, at, AnswerRef("gets")), messages));
    }

    private byte[] Eman(ReadOnlyMemory<byte> body, ClientAuthority client, CheckContext context)
    {
        var at = context.ReceivedAt;
        var decoded = CuscarCodec.Decode(body, context);
        var messages = new List<CusresMessage>();
        if (!decoded.Envelope.IsAccepted)
        {
            messages.Add(CusresAnswers.EnvelopeRejection(decoded.Envelope, at));
        }

        foreach (var result in decoded.Messages)
        {
            var subject = AnswerSubject.Of(decoded.Envelope, result.Message);
            if (!result.IsAccepted || result.Manifest is not { } manifest)
            {
                messages.Add(EmanAnswers.Rejected(subject, at, result.Verdict.Errors));
                continue;
            }

            var date = HongKongTime.Date(at);
            var emanRef = manifest.Function == ManifestFunction.Original
                ? EmanReference.Create(Mode(manifest.Conveyance.ModeCode), date, Next($"EM{manifest.Conveyance.ModeCode}{date}") - 1)
                : manifest.EmanRef!;
            messages.Add(EmanAnswers.Accepted(subject, manifest, at, emanRef));
        }

        return CusresWriter.Write(CusresAnswers.Interchange(AnswerEnvelope.For(decoded.Envelope, client.EdifactPartyId, at, AnswerRef("eman")), messages));
    }

    private byte[] Rocars(HistoryRequest request, CheckContext context)
    {
        var at = context.ReceivedAt;
        var date = HongKongTime.Date(at);
        if (request.Endpoint == RocarsEndpoint.Bundles)
        {
            var bundle = RocarsRequests.DecodeBundle(request.Body, context);
            return RocarsWriter.Write(bundle.Errors.Count > 0 || bundle.Document is null
                ? BundleResponse.Rejected(bundle.AnswerMessageId, at, bundle.Errors)
                : BundleResponse.Bundled(bundle.AnswerMessageId, RocarsReferences.NewBundleRef(date, Next("B" + date) - 1), at));
        }

        var aci = RocarsRequests.DecodeAci(request.Body, request.Endpoint ?? RocarsEndpoint.Aci, context);
        if (aci.Errors.Count > 0 || aci.Document is not { } submission)
        {
            return RocarsWriter.Write(AciResponse.Rejected(aci.AnswerMessageId, at, aci.Errors));
        }

        var ccrn = submission.Function == AciFunction.Original ? CcrnNumber.Create(date, Next("C" + date) - 1) : submission.Ccrn!;
        return RocarsWriter.Write(AciResponse.Accepted(aci.AnswerMessageId, ccrn, at));
    }

    private byte[] Accs(ReadOnlyMemory<byte> body, CheckContext context)
    {
        var decoded = CargoImpDecoder.Decode(body, context);
        var date = HongKongTime.Date(context.ReceivedAt);
        return decoded.Error is { } error
            ? AccsAnswer.Rejected(body.Span, error)
            : AccsAnswer.Accepted(body.Span, AccsReceiptNumber.Create(date, Next("A" + date) - 1));
    }

    private ClientAuthority Authority(string key)
    {
        if (!_authorities.TryGetValue(key, out var authority))
        {
            authority = clients[key].ToAuthority();
            _authorities[key] = authority;
        }

        return authority;
    }

    private long Next(string name)
    {
        var value = _sequences.GetValueOrDefault(name) + 1;
        _sequences[name] = value;
        return value;
    }

    private string AnswerRef(string name) => "R0" + Next("answer-" + name).ToString("D12", CultureInfo.InvariantCulture);

    private static TransportMode Mode(string? code) =>
        TransportModes.TryParseCode(code, out var mode) ? mode : throw new InvalidOperationException($"Accepted message with mode {code}.");
}
