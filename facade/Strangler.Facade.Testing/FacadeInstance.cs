using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Strangler.Facade.Testing;

/// <summary>One running facade process (in this test process), with a client for contract calls and one for its admin API.</summary>
public sealed class FacadeInstance : IAsyncDisposable
{
    private readonly SocketsHttpHandler _handler = new() { UseProxy = false, AllowAutoRedirect = false, UseCookies = false };

    public FacadeInstance(WebApplication app)
    {
        App = app;
        Address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/') + "/");
    }

    public WebApplication App { get; }

    public Uri Address { get; }

    public IServiceProvider Services => App.Services;

    /// <summary>A contract client sending <c>X-Api-Key</c>.</summary>
    public HttpClient Client(string? apiKey)
    {
        var client = new HttpClient(_handler, disposeHandler: false) { BaseAddress = Address };
        if (apiKey is not null)
        {
            client.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        }

        return client;
    }

    /// <summary>An admin client with the operator's or the auditor's bearer token (or none).</summary>
    public HttpClient Admin(string? token = StranglerStack.OperatorToken)
    {
        var client = new HttpClient(_handler, disposeHandler: false) { BaseAddress = Address };
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }

    /// <summary>Moves a unit through the admin API (operator), overriding gates; fails the test unless it applied (or was there already).</summary>
    public async Task<long> SetStageAsync(string unit, string stage, int? canaryPercent = null)
    {
        using var admin = Admin();
        var stages = JsonDocument.Parse(await admin.GetStringAsync("admin/v1/stages")).RootElement;
        var current = stages.GetProperty("units").EnumerateArray().Single(u => u.GetProperty("unit").GetString() == unit);
        if (current.GetProperty("stage").GetString() == stage && current.GetProperty("canaryPercent").GetInt32() == (canaryPercent ?? 0))
        {
            return stages.GetProperty("revision").GetInt64();
        }

        using var response = await admin.PutAsJsonAsync($"admin/v1/stages/{unit}",
            new { stage, canaryPercent, reason = $"test moves {unit} to {stage}", @override = true });
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, text);
        return JsonDocument.Parse(text).RootElement.GetProperty("revision").GetInt64();
    }

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
        _handler.Dispose();
    }
}
