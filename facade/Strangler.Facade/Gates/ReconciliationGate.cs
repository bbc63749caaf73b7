using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Strangler.Contracts.CodeLists;
using Strangler.Contracts.Time;

namespace Strangler.Facade.Gates;

/// <summary>
/// The "backfill reconciled" gate: asks the migration worker (<c>GET /admin/v1/reconciliation/{unit}</c>, with a
/// read-role token) whether the unit's backfilled history is reconciled, and requires that its latest whole-span
/// reconciliation is no older than <see cref="FacadeOptions.ReconciliationSettings.MaxAgeHours"/>. Without a worker URL
/// the gate is listed as not evaluated; an unreachable worker or an unreadable answer fails it (no evidence, no pass).
/// </summary>
public sealed class ReconciliationGate(IHttpClientFactory clients, IOptions<FacadeOptions> options, TimeProvider clock)
{
    public const string HttpClientName = "migration-worker";
    public const string Name = "backfill-reconciled";
    private const string Required = "no unexplained difference";

    public async Task<GateCheck> CheckAsync(CutoverUnit unit, CancellationToken cancellationToken)
    {
        var settings = options.Value.Gates.Reconciliation;
        if (string.IsNullOrWhiteSpace(settings.WorkerUrl))
        {
            return new GateCheck(Name, Required, "no migration worker configured", false, false);
        }

        var required = $"{Required}, reconciled within {settings.MaxAgeHours.ToString(CultureInfo.InvariantCulture)} h";
        Status? status;
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(new Uri(settings.WorkerUrl), $"/admin/v1/reconciliation/{unit.Name()}"));
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", settings.Token);
            using var response = await clients.CreateClient(HttpClientName).SendAsync(request, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                return new GateCheck(Name, required, $"the migration worker answered {(int)response.StatusCode}", false, true);
            }

            status = await response.Content.ReadFromJsonAsync<Status>(JsonSerializerOptions.Web, cancellationToken);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or JsonException or UriFormatException or NotSupportedException && !cancellationToken.IsCancellationRequested)
        {
            return new GateCheck(Name, required, $"the migration worker could not be asked: {e.Message}", false, true);
        }

        if (status is null)
        {
            return new GateCheck(Name, required, "the migration worker gave no status", false, true);
        }

        if (!status.Reconciled || status.Latest?.FinishedAt is not { } finished)
        {
            return new GateCheck(Name, required, "not reconciled: " + status.Reason, false, true);
        }

        var age = clock.GetUtcNow() - finished;
        var when = HongKongTime.ToHongKong(finished).ToString("yyyy-MM-dd HH:mm 'HKT'", CultureInfo.InvariantCulture);
        return age <= TimeSpan.FromHours(settings.MaxAgeHours)
            ? new GateCheck(Name, required, $"reconciled {when}: {status.Reason}", true, true)
            : new GateCheck(Name, required, $"the latest reconciliation ({when}) is older than {settings.MaxAgeHours.ToString(CultureInfo.InvariantCulture)} h", false, true);
    }

    private sealed record Status(bool Reconciled, string Reason, Run? Latest);

    private sealed record Run(DateTimeOffset? FinishedAt);
}
