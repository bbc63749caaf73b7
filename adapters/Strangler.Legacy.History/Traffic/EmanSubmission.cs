using Strangler.Contracts.CodeLists;
using Strangler.Contracts.Collections;
using Strangler.Edifact.Cuscar;
using Strangler.Edifact.Cusres;
using Strangler.Edifact.Envelope;
using Strangler.Legacy.History.World;

namespace Strangler.Legacy.History.Traffic;

/// <summary>One manifest of an EMAN interchange as planned: trip, statement, function and the fault of a refused first try.</summary>
internal sealed record ManifestIntent(Trip Trip, StatementType Statement, ManifestFunction Function, ManifestFault Fault = ManifestFault.None)
{
    public DocumentIntent Document => new(
        Function switch
        {
            ManifestFunction.Amendment => DocumentKind.ManifestAmendment,
            ManifestFunction.Cancellation => DocumentKind.ManifestCancellation,
            _ => Statement == StatementType.Statement1 ? DocumentKind.Statement1 : DocumentKind.Statement2,
        },
        Trip.Mode.Unit(),
        Fault switch
        {
            ManifestFault.ContainerCheckDigit => "E031",
            ManifestFault.PackageTotal => "E014",
            _ => null,
        });

    public string? CurrentRef => Statement == StatementType.Statement1 ? Trip.Statement1Ref : Trip.Statement2Ref;
}

/// <summary>
/// An EMAN interchange of one or more manifests from one carrier key (of several modes when a
/// shipping agent batches sea and river manifests). Accepted originals remember their EMAN ref.
/// </summary>
internal sealed class EmanSubmission(string key, DateTimeOffset receivedAt, IReadOnlyList<ManifestIntent> manifests)
    : PlannedRequest(HistoryInterface.Eman, key, receivedAt)
{
    public IReadOnlyList<ManifestIntent> Manifests { get; } = manifests;

    public override IReadOnlyList<DocumentIntent> Intents => Manifests.Select(m => m.Document).ToList();

    public override PreparedRequest? Prepare(TrafficContext context)
    {
        var sendable = Manifests.Where(m => m.Function == ManifestFunction.Original || m.CurrentRef is not null).ToList();
        if (sendable.Count == 0)
        {
            return null;
        }

        foreach (var amendment in sendable.Where(m => m.Function == ManifestFunction.Amendment))
        {
            // The amendment corrects a weight; later versions (and Statement 2) carry the correction too.
            amendment.Trip.WeightCorrection += 12.5m;
        }

        var client = context.Clients[Key];
        var interchangeRef = context.NextInterchangeRef(Interface);
        var header = new EnvelopeHeader(
            "UNOC", "3", client.EdifactPartyId!, EdifactInterface.Eman.PartyId(), "ZZZ",
            TrafficContext.Date(ReceivedAt), TrafficContext.Time(ReceivedAt), interchangeRef);
        var messages = sendable.Select((m, i) => new CuscarMessage(
            (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
            EmanDocuments.Manifest(m.Trip, m.Statement, m.Function, m.CurrentRef, m.Fault, ReceivedAt))).ToEquatableList();
        var body = CuscarCodec.Encode(new CuscarInterchange(header, messages));
        return new PreparedRequest(new HistoryRequest(Interface, Key, ReceivedAt, body), sendable.Select(m => m.Document).ToList(), sendable);
    }

    public override IReadOnlyList<DocumentOutcome> Read(PreparedRequest prepared, byte[] answer)
    {
        var sent = (List<ManifestIntent>)prepared.State!;
        return CusresOutcomes.Read(answer, sent, m => m.Document,
            isLate: m => m.Statuses.Contains(CusresAnswers.Late),
            accepted: (intent, m) =>
            {
                if (intent.Function != ManifestFunction.Original || intent.Fault != ManifestFault.None)
                {
                    return;
                }

                if (intent.Statement == StatementType.Statement1)
                {
                    intent.Trip.Statement1Ref = m.IssuedReference;
                }
                else
                {
                    intent.Trip.Statement2Ref = m.IssuedReference;
                }
            });
    }
}
