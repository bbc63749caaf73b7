using System.Globalization;
using Strangler.Contracts.Collections;
using Strangler.Edifact.Cusdec;
using Strangler.Edifact.Cusres;
using Strangler.Legacy.History.World;

namespace Strangler.Legacy.History.Traffic;

/// <summary>One declaration of a GETS interchange as planned: the shipment, the function, and whether it is the faulty first try.</summary>
internal sealed record DeclarationIntent(Shipment Shipment, DeclarationFunction Function, bool Vague = false, bool Amended = false)
{
    public DocumentIntent Document => new(
        Function switch
        {
            DeclarationFunction.Amendment => DocumentKind.DeclarationAmendment,
            DeclarationFunction.Cancellation => DocumentKind.DeclarationCancellation,
            _ => DocumentKind.Declaration,
        },
        Shipment.Unit,
        Vague ? "E015" : null);
}

/// <summary>
/// A GETS interchange of one or more declarations from one service provider's key (several
/// declarations, of any modes, when batched). Accepted originals remember their TDEC number for the
/// amendments and cancellations that follow.
/// </summary>
internal sealed class GetsSubmission(string key, DateTimeOffset receivedAt, IReadOnlyList<DeclarationIntent> declarations)
    : PlannedRequest(HistoryInterface.Gets, key, receivedAt)
{
    public IReadOnlyList<DeclarationIntent> Declarations { get; } = declarations;

    public override IReadOnlyList<DocumentIntent> Intents => Declarations.Select(d => d.Document).ToList();

    public override PreparedRequest? Prepare(TrafficContext context)
    {
        // An amendment or cancellation needs the TDEC number its original was given.
        var sendable = Declarations.Where(d => d.Function == DeclarationFunction.Original || d.Shipment.TdecNumber is not null).ToList();
        if (sendable.Count == 0)
        {
            return null;
        }

        var client = context.Clients[Key];
        var declarations = sendable
            .Select((d, i) => GetsDocuments.Declaration(d.Shipment, d.Function, d.Vague, d.Amended, ReceivedAt, (i + 1).ToString(CultureInfo.InvariantCulture)))
            .ToEquatableList();
        var envelope = new RequestEnvelope(
            client.EdifactPartyId!, TrafficContext.Date(ReceivedAt), TrafficContext.Time(ReceivedAt), context.NextInterchangeRef(Interface));
        var body = CusdecCodec.Encode(new CusdecInterchange(envelope, declarations));
        return new PreparedRequest(new HistoryRequest(Interface, Key, ReceivedAt, body), sendable.Select(d => d.Document).ToList(), sendable);
    }

    public override IReadOnlyList<DocumentOutcome> Read(PreparedRequest prepared, byte[] answer)
    {
        var sent = (List<DeclarationIntent>)prepared.State!;
        return CusresOutcomes.Read(answer, sent, d => d.Document,
            isLate: m => m.Amounts.Any(a => a.Qualifier == CusresAmount.Penalty),
            accepted: (intent, m) =>
            {
                if (intent.Function == DeclarationFunction.Original && !intent.Vague)
                {
                    intent.Shipment.TdecNumber = m.IssuedReference;
                }
            });
    }
}

/// <summary>
/// Reads a CUSRES answer interchange into one outcome per message sent, in request order (every outcome
/// unreadable when the interchange cannot be read or does not match), remembering what accepted ones issued.
/// </summary>
internal static class CusresOutcomes
{
    public static IReadOnlyList<DocumentOutcome> Read<TIntent>(
        byte[] answer, IReadOnlyList<TIntent> sent, Func<TIntent, DocumentIntent> document,
        Func<CusresMessage, bool> isLate, Action<TIntent, CusresMessage> accepted)
    {
        var read = CusresReader.Read(answer);
        var messages = read.Answer is { } interchange && interchange.Messages.Count == sent.Count ? interchange.Messages : null;
        var outcomes = new List<DocumentOutcome>(sent.Count);
        for (var i = 0; i < sent.Count; i++)
        {
            var intent = sent[i];
            if (messages?[i] is not { } m)
            {
                outcomes.Add(DocumentOutcome.Unreadable(document(intent)));
                continue;
            }

            if (m.Accepted)
            {
                accepted(intent, m);
            }

            outcomes.Add(new DocumentOutcome(document(intent), m.Accepted, m.Errors.Select(e => e.Code).ToList(), isLate(m), m.IssuedReference));
        }

        return outcomes;
    }
}
