using Microsoft.AspNetCore.Http;
using Strangler.Contracts.Http.Answers;
using Strangler.Contracts.Http.Requests;
using Strangler.Core.Gets.Schema;
using Strangler.Core.Hosting.Numbering;
using Strangler.Core.Model.Declarations;
using Strangler.Core.Model.Documents;
using Strangler.Core.Store.Documents;
using Strangler.Edifact.Cusdec;
using Declaration = Strangler.Core.Model.Declarations.Declaration;
using Strangler.Edifact.Cusres;
using Strangler.Edifact.Envelope;

namespace Strangler.Core.Gets.Reading;

/// <summary>
/// GET /gets/v1/declarations/{tdecNo} rendered from the canonical versions (whatever channel lodged them) and the
/// module's version facts; GET /gets/v1/acknowledgements, which only serves acknowledgements migrated from the
/// legacy queue, because the core answers every message at once.
/// </summary>
internal sealed class GetsReading(DocumentReader reader, GetsTables tables, CoreReferences numbers)
{
    public async Task<ContractAnswer> DeclarationAsync(ContractRequest request, string tdecNo, CancellationToken cancellationToken)
    {
        if (FacadeRefMalformed(request))
        {
            return ContractAnswer.Empty(StatusCodes.Status400BadRequest);
        }

        if (!TdecNumber.IsWellFormed(tdecNo) || await reader.DocumentAsync(tdecNo, cancellationToken) is not { } head ||
            head.Kind != nameof(Declaration) || head.ClientKey != request.Client.Key)
        {
            return ContractAnswer.NotFound;
        }

        var versions = await reader.VersionsAsync(tdecNo, cancellationToken);
        var current = versions[^1];
        var declarations = versions.Select(v => v.Document).OfType<Declaration>().ToList();
        var content = current.Document as Declaration ?? declarations.LastOrDefault();
        var facts = await tables.FactsAsync(tdecNo, current.Number, cancellationToken) ?? Fallback(tdecNo);
        var subject = new AnswerSubject(facts.InterchangeRef, "1", content?.Lrn ?? string.Empty);
        var message = current.Function == DocumentFunction.Cancellation || head.Status == DocumentStatus.Cancelled
            ? GetsAnswers.Cancelled(subject, current.ReceivedAt, tdecNo)
            : GetsAnswers.Accepted(subject, current.ReceivedAt, tdecNo, MoneyOf(content, versions[0].Document as Declaration));

        // UNH ref 1, RFF+ACW still naming the message that created the version.
        message = message with { Reference = "1", AnsweredMessageRef = facts.MessageRef };
        var envelope = AnswerEnvelope.ForKey(EdifactInterface.Gets, request.Client.EdifactPartyId, request.ReceivedAt, await AnswerRefAsync(request, cancellationToken));
        return ContractAnswer.Edifact(CusresWriter.Write(CusresAnswers.Interchange(envelope, [message])));
    }

    public async Task<ContractAnswer> AcknowledgementsAsync(ContractRequest request, long after, int max, CancellationToken cancellationToken)
    {
        if (FacadeRefMalformed(request))
        {
            return ContractAnswer.Empty(StatusCodes.Status400BadRequest);
        }

        var rows = await tables.FeedAsync(request.Client.Key, after, max, cancellationToken);
        var entries = new List<CusresMessage>();
        foreach (var row in rows)
        {
            if (Lodging.Replay.RecordedMessage(row.Answer) is not { } answered)
            {
                throw new InvalidOperationException($"Migrated acknowledgement {row.Cursor} of {request.Client.Key} is not a one-message CUSRES.");
            }

            entries.Add(CusresAnswers.FeedEntry(answered, entries.Count + 1, row.Cursor));
        }

        var envelope = AnswerEnvelope.ForKey(EdifactInterface.Gets, request.Client.EdifactPartyId, request.ReceivedAt, await AnswerRefAsync(request, cancellationToken));
        return ContractAnswer.Edifact(CusresWriter.Write(CusresAnswers.Interchange(envelope, entries)));
    }

    // A version with no EDIFACT message (lodged through the JSON API): the TDEC number without its "TD" stands for the
    // interchange ref (14 characters of A-Z 0-9, unique per declaration) and the message ref is 1.
    internal static VersionFacts Fallback(string tdecNo) => new(tdecNo[2..], "1");

    // MOA+161 of the version and MOA+56 for form 2A; MOA+55 whenever the original carried a penalty.
    private static GetsMoney MoneyOf(Declaration? content, Declaration? original)
    {
        decimal? Amount(Declaration? d, ChargeKind kind) => d?.Charges.FirstOrDefault(c => c.Kind == kind)?.AmountHkd;
        return new GetsMoney(
            Amount(content, ChargeKind.DeclarationCharge) ?? 0m,
            Amount(original, ChargeKind.LatePenalty),
            content?.Form == "2A" ? Amount(content, ChargeKind.ClothingLevy) ?? 0m : null);
    }

    private async Task<string> AnswerRefAsync(ContractRequest request, CancellationToken cancellationToken) =>
        request.Facade?.AnswerRef ?? await numbers.NextAnswerInterchangeRefAsync("gets", cancellationToken);

    // A malformed answer ref from the facade is the facade's bug: an empty 400, never a number drawn silently.
    private static bool FacadeRefMalformed(ContractRequest request) =>
        request.Facade?.AnswerRef is { } answerRef && !AnswerEnvelope.IsAnswerRef(answerRef);
}
