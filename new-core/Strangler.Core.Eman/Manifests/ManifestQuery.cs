using Strangler.Contracts.Http.Answers;
using Strangler.Contracts.Http.Requests;
using Strangler.Core.Hosting.Numbering;
using Strangler.Core.Store.Database;
using Strangler.Edifact.Cuscar;
using Strangler.Edifact.Cusres;
using Strangler.Edifact.Envelope;

namespace Strangler.Core.Eman.Manifests;

/// <summary>GET /eman/v1/manifests/{emanRef}: the acknowledgement of the current version, rendered from what is stored.</summary>
internal sealed class ManifestQuery(ManifestStore store, CoreReferences references)
{
    public async Task<ContractAnswer> ReadAsync(ContractRequest request, string emanRef, CancellationToken cancellationToken)
    {
        if (!EmanReference.IsWellFormed(emanRef) ||
            await store.CurrentVersionAsync(emanRef, request.Client.Key, cancellationToken) is not { } version)
        {
            return ContractAnswer.NotFound;
        }

        var answerRef = request.Facade?.AnswerRef;
        if (answerRef is not null && !AnswerEnvelope.IsAnswerRef(answerRef))
        {
            return ContractAnswer.Empty(Microsoft.AspNetCore.Http.StatusCodes.Status400BadRequest);
        }

        var subject = new AnswerSubject(version.InterchangeRef, version.MessageRef, version.DocumentNumber);
        var statuses = version.Statuses.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var message = EmanAnswers.AcceptedStatuses(subject, StoredTime.Read(version.ReceivedAt), emanRef, statuses) with { Reference = "1" };
        var envelope = AnswerEnvelope.ForKey(EdifactInterface.Eman, request.Client.EdifactPartyId, request.ReceivedAt,
            answerRef ?? await references.NextAnswerInterchangeRefAsync("eman", cancellationToken));
        return ContractAnswer.Edifact(CusresWriter.Write(CusresAnswers.Interchange(envelope, [message])));
    }
}
