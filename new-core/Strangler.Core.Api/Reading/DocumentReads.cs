using Microsoft.AspNetCore.Http;
using Strangler.Contracts.Clients;
using Strangler.Core.Api.Access;
using Strangler.Core.Model.Air;
using Strangler.Core.Model.Documents;
using Strangler.Core.Model.Manifests;
using Strangler.Core.Model.Road;
using Strangler.Core.Store.Documents;

namespace Strangler.Core.Api.Reading;

/// <summary>GET of manifests (by EMAN ref), air waybill statuses (by air waybill number) and bundles (by bundle ref).</summary>
internal sealed class DocumentReads(DocumentReader reader)
{
    public Task<ApiAnswer> ManifestAsync(ClientAuthority client, string emanRef, CancellationToken cancellationToken) =>
        ReadAsync<Manifest>(client, emanRef, "The manifest", cancellationToken);

    public Task<ApiAnswer> AirWaybillAsync(ClientAuthority client, string airWaybill, CancellationToken cancellationToken) =>
        ReadAsync<AirWaybillStatus>(client, airWaybill, "The air waybill", cancellationToken);

    public Task<ApiAnswer> BundleAsync(ClientAuthority client, string bundleRef, CancellationToken cancellationToken) =>
        ReadAsync<Bundle>(client, bundleRef, "The bundle", cancellationToken);

    private async Task<ApiAnswer> ReadAsync<T>(ClientAuthority client, string reference, string what, CancellationToken cancellationToken)
        where T : CanonicalDocument =>
        await StoredContent.ReadAsync<T>(reader, reference, client, cancellationToken) is { } stored
            ? ApiAnswer.Json(StatusCodes.Status200OK, new DocumentAnswer<T>(
                stored.Head.Reference, stored.Head.Status.ToString(), stored.Current.Number, stored.Current.ReceivedAt,
                stored.Head.Source.ToString(), (T)stored.Content))
            : ApiProblems.NotFound(what);
}
