using Microsoft.AspNetCore.Http;
using Strangler.Contracts.Checking;
using Strangler.Contracts.Clients;
using Strangler.Contracts.Time;
using Strangler.Core.Api.Access;
using Strangler.Core.Hosting.Numbering;
using Strangler.Core.Model.Documents;
using Strangler.Core.Model.Mapping;
using Strangler.Core.Model.Road;
using Strangler.Core.Store.Documents;
using Strangler.RocarsXml;
using Strangler.RocarsXml.Documents;

namespace Strangler.Core.Api.Road;

/// <summary>
/// ACI lodgement, amendment and cancellation on the canonical store: the codec's ROCARS rules, CCRNs from the same
/// sequence as the ROCARS endpoint, versions stored with source <see cref="SourceInterface.JsonApi"/>. Callers hold the
/// client key's lock.
/// </summary>
internal sealed class AciLodging(DocumentWriter writer, DocumentReader reader, CoreReferences numbers, LiveBundles bundles, TimeProvider clock)
{
    public async Task<ApiAnswer> SubmitAsync(ClientAuthority client, AciRequest request, CancellationToken cancellationToken)
    {
        var receivedAt = HongKongTime.ReceivedAt(clock);
        var (submission, errors) = AciTranslation.Decode(request, AciFunction.Original, null, receivedAt, client);
        if (errors.Count > 0 || submission is null)
        {
            return Refused(errors);
        }

        var ccrn = await numbers.NextCcrnAsync(receivedAt, cancellationToken);
        return await SaveAsync(client, submission with { Ccrn = ccrn }, ccrn, 1, receivedAt, StatusCodes.Status201Created, cancellationToken);
    }

    public async Task<ApiAnswer> AmendAsync(ClientAuthority client, string ccrn, AciRequest request, CancellationToken cancellationToken)
    {
        var receivedAt = HongKongTime.ReceivedAt(clock);
        var (submission, errors) = AciTranslation.Decode(request, AciFunction.Amend, ccrn, receivedAt, client);
        if (errors.Count > 0 && RocarsErrors.IsReportedAlone(errors[0].Code))
        {
            return Refused(errors);
        }

        var current = await CurrentAsync(client, ccrn, cancellationToken);
        var all = RocarsErrors.Combine(errors, await StoreErrorsAsync(current, ccrn, receivedAt, cancellationToken));
        return all.Count > 0 || submission is null || current is null
            ? Refused(all)
            : await SaveAsync(client, submission, ccrn, current.Head.CurrentVersion + 1, receivedAt, StatusCodes.Status200OK, cancellationToken);
    }

    public async Task<ApiAnswer> CancelAsync(ClientAuthority client, string ccrn, CancellationToken cancellationToken)
    {
        var receivedAt = HongKongTime.ReceivedAt(clock);
        if (!client.Has(ClientRole.RocarsShipper))
        {
            return Refused([RocarsErrors.Error(RocarsErrors.R041)]);
        }

        var current = await CurrentAsync(client, ccrn, cancellationToken);
        var errors = await StoreErrorsAsync(current, ccrn, receivedAt, cancellationToken);
        if (errors.Count > 0 || current is null)
        {
            return Refused(errors);
        }

        var cancel = new AciSubmission("JSON-API", AciFunction.Cancel, ccrn, null, null);
        return await SaveAsync(client, cancel, ccrn, current.Head.CurrentVersion + 1, receivedAt, StatusCodes.Status200OK, cancellationToken);
    }

    public async Task<ApiAnswer> GetAsync(ClientAuthority client, string ccrn, CancellationToken cancellationToken) =>
        await StoredContent.ReadAsync<RoadLodgement>(reader, ccrn, client, cancellationToken) is { } stored
            ? ApiAnswer.Json(StatusCodes.Status200OK, AnswerOf(stored))
            : ApiProblems.NotFound("The road lodgement");

    private async Task<IReadOnlyList<ContractError>> StoreErrorsAsync(
        StoredContent? current, string ccrn, DateTimeOffset receivedAt, CancellationToken cancellationToken) =>
        current is null ? [RocarsErrors.Error(RocarsErrors.R020, "ccrn")]
        : await bundles.HoldsAsync(ccrn, receivedAt, cancellationToken) ? [RocarsErrors.Error(RocarsErrors.R021, "ccrn")]
        : [];

    // R020: unknown, another key's, cancelled, or lodged through the Mainland single window (only /ssdd changes those).
    private async Task<StoredContent?> CurrentAsync(ClientAuthority client, string ccrn, CancellationToken cancellationToken) =>
        await StoredContent.ReadAsync<RoadLodgement>(reader, ccrn, client, cancellationToken) is { } stored &&
        stored.Head.ClientKey == client.Key && !stored.IsCancelled && ((RoadLodgement)stored.Content).Source is null
            ? stored
            : null;

    private async Task<ApiAnswer> SaveAsync(
        ClientAuthority client, AciSubmission submission, string ccrn, int number, DateTimeOffset receivedAt, int status,
        CancellationToken cancellationToken)
    {
        var version = new DocumentVersion
        {
            Number = number,
            Function = RoadMapper.FunctionOf(submission),
            ReceivedAt = receivedAt,
            IssuedReference = ccrn,
            Source = SourceInterface.JsonApi,
            ClientKey = client.Key,
            Document = RoadMapper.Map(submission),
        };
        if (await writer.SaveVersionAsync(version, cancellationToken) != SaveOutcome.Saved)
        {
            return ApiProblems.Problem(StatusCodes.Status409Conflict, "The road lodgement changed meanwhile; read it and retry.", []);
        }

        var stored = await StoredContent.ReadAsync<RoadLodgement>(reader, ccrn, client, cancellationToken)
            ?? throw new InvalidOperationException($"{ccrn} was saved but cannot be read.");
        return ApiAnswer.Json(status, AnswerOf(stored));
    }

    private static ApiAnswer Refused(IReadOnlyList<ContractError> errors) =>
        errors.Count > 0 && errors[0].Code == RocarsErrors.R041 ? ApiProblems.Forbidden("lodge road cargo information")
        : errors.Count > 0 && errors[0].Code == RocarsErrors.R001 ? ApiProblems.BadRequest("The lodgement is incomplete or not of the layout.", errors)
        : ApiProblems.Rejected(errors);

    private static AciAnswer AnswerOf(StoredContent stored) => new(
        stored.Head.Reference, stored.IsCancelled ? "Cancelled" : "Lodged", stored.Current.Number, stored.Current.ReceivedAt,
        stored.Head.Source.ToString(), (RoadLodgement)stored.Content);
}
