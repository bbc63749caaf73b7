using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Strangler.Contracts.Http.Answers;
using Strangler.Contracts.Http.Clients;
using Strangler.Contracts.Http.Queries;
using Strangler.Contracts.Http.Requests;
using Strangler.Contracts.Http.Time;
using Strangler.ServiceDefaults;

namespace Strangler.Contracts.Http.Tests;

/// <summary>A real Kestrel host on loopback with the gate for all four interfaces and echo endpoints.</summary>
internal sealed class GateApp : IAsyncDisposable
{
    public static readonly DateTimeOffset Noon = new(2026, 11, 26, 12, 0, 0, TimeSpan.FromHours(8));

    private GateApp(WebApplication app, Uri baseAddress, FakeTimeProvider clock)
    {
        App = app;
        BaseAddress = baseAddress;
        Clock = clock;
    }

    public WebApplication App { get; }

    public Uri BaseAddress { get; }

    public FakeTimeProvider Clock { get; }

    public static async Task<GateApp> StartAsync(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var clock = new FakeTimeProvider(Noon.AddMilliseconds(789));
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.Configuration.AddInMemoryCollection(SampleClients.Configuration);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["urls"] = "http://127.0.0.1:0",
            ["Facade:Credential"] = "facade-secret",
        });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton<TimeProvider>(clock);
        builder.AddServiceDefaults();
        builder.AddContractHttp([.. ContractInterface.All]);
        builder.AddClockOffset();

        var app = builder.Build();
        app.MapDefaultEndpoints();
        app.UseRouting();
        app.UseContractGate();
        app.MapPost("/gets/v1/messages", (ContractRequest request) => ContractAnswer.Edifact(Describe(request)));
        app.MapGet("/gets/v1/declarations/{tdec}", (string tdec, ContractRequest request) =>
            tdec == "missing" ? ContractAnswer.NotFound : ContractAnswer.Edifact(Describe(request)));
        app.MapGet("/gets/v1/acknowledgements", (ContractRequest request) =>
                ContractAnswer.Edifact(Encoding.UTF8.GetBytes($"after={request.Query["after"]};max={request.Query["max"]}")))
            .WithContractQuery(QueryParameter.Cursor(), QueryParameter.PageSize());
        app.MapPost("/accs/v1/messages", (ContractRequest request) => ContractAnswer.Text(request.Body));
        app.MapPost("/rocars/xml/v1/aci", (ContractRequest request) => ContractAnswer.Xml(Describe(request)));
        app.MapGet("/outside", () => Results.NotFound());
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new GateApp(app, new Uri(address.TrimEnd('/') + "/"), clock);
    }

    public HttpClient Client(string? apiKey = "test-tradelink")
    {
        var client = new HttpClient { BaseAddress = BaseAddress };
        if (apiKey is not null)
        {
            client.DefaultRequestHeaders.Add(ContractHeaders.ApiKey, apiKey);
        }

        return client;
    }

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
    }

    private static byte[] Describe(ContractRequest request)
    {
        var facade = request.Facade is { } f
            ? $"facade;issued={string.Join(',', f.Issued.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "=" + p.Value))};answerRef={f.AnswerRef}"
            : "client";
        return Encoding.UTF8.GetBytes(
            $"{request.Client.Key};{request.ReceivedAt:yyyy-MM-dd'T'HH:mm:ss.fffzzz};{request.Body.Length};{facade}");
    }
}
