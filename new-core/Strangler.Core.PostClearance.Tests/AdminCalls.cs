using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Strangler.Core.Testing;

namespace Strangler.Core.PostClearance.Tests;

/// <summary>The module's admin API as the tests call it: bearer tokens, JSON answers, every page of a listing.</summary>
internal sealed class AdminCalls(CoreServer server)
{
    public const string Root = "/admin/post-clearance";

    public async Task<(HttpStatusCode Status, string? MediaType, string Body)> SendAsync(HttpMethod method, string path, string? token = CoreServer.OperatorToken)
    {
        using var request = new HttpRequestMessage(method, Root + path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await server.Http.SendAsync(request);
        return (response.StatusCode, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Runs the module now and returns its answer.</summary>
    public async Task<JsonElement> RunAsync()
    {
        var (status, _, body) = await SendAsync(HttpMethod.Post, "/runs");
        Assert.Equal(HttpStatusCode.OK, status);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public async Task<JsonElement> GetAsync(string path, string token = CoreServer.AuditorToken)
    {
        var (status, _, body) = await SendAsync(HttpMethod.Get, path, token);
        Assert.True(status == HttpStatusCode.OK, $"{path}: {(int)status} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>Every item of a cursor-paged listing, following <c>next</c> with small pages so paging is exercised.</summary>
    public async Task<List<JsonElement>> AllAsync(string path)
    {
        var items = new List<JsonElement>();
        string? next = null;
        var separator = path.Contains('?', StringComparison.Ordinal) ? "&" : "?";
        do
        {
            var page = await GetAsync($"{path}{separator}max=3" + (next is null ? "" : "&after=" + Uri.EscapeDataString(next)));
            items.AddRange(page.GetProperty("items").EnumerateArray());
            next = page.GetProperty("next").GetString();
        }
        while (next is not null);
        return items;
    }

    /// <summary>The cases (open or closed) of the given transport documents.</summary>
    public async Task<List<JsonElement>> CasesOfAsync(string status, params string[] documents) =>
        (await AllAsync("/cases?status=" + status)).Where(c => documents.Contains(c.GetProperty("transportDocument").GetString())).ToList();
}
