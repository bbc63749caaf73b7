using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace Strangler.Cli.Stages;

/// <summary>
/// A thin HTTP client of the facade's <c>/admin/v1</c> API. Answers of any status are values; only an unreachable
/// facade throws (<see cref="HttpRequestException"/>, or <see cref="TaskCanceledException"/> on the timeout).
/// </summary>
internal sealed class AdminClient : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private readonly HttpClient _http;

    public AdminClient(FacadeTarget target)
    {
        _http = new HttpClient { BaseAddress = target.BaseAddress, Timeout = Timeout };
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", target.Token);
        _http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
    }

    public Uri BaseAddress => _http.BaseAddress!;

    public async Task<AdminAnswer> GetAsync(string relative, CancellationToken cancellationToken)
    {
        using var response = await _http.GetAsync(new Uri(relative, UriKind.Relative), cancellationToken).ConfigureAwait(false);
        return await ReadAsync(response, cancellationToken).ConfigureAwait(false);
    }

    public async Task<AdminAnswer> PutAsync<T>(string relative, T body, CancellationToken cancellationToken)
    {
        using var response = await _http.PutAsJsonAsync(new Uri(relative, UriKind.Relative), body, AdminAnswer.Json, cancellationToken).ConfigureAwait(false);
        return await ReadAsync(response, cancellationToken).ConfigureAwait(false);
    }

    public async Task<AdminAnswer> PostAsync<T>(string relative, T body, CancellationToken cancellationToken)
    {
        using var response = await _http.PostAsJsonAsync(new Uri(relative, UriKind.Relative), body, AdminAnswer.Json, cancellationToken).ConfigureAwait(false);
        return await ReadAsync(response, cancellationToken).ConfigureAwait(false);
    }

    public void Dispose() => _http.Dispose();

    private static async Task<AdminAnswer> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken) =>
        new(response.StatusCode, await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false));
}
