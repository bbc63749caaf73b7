using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Time.Testing;
using Strangler.Contracts.Http;
using Strangler.Contracts.Testing;
using Strangler.Legacy.Platform.Testing;
using Strangler.Testing;

namespace Strangler.Legacy.Rocars.Tests;

/// <summary>
/// A fresh ROCARS stand-in for each test, on real HTTP at 127.0.0.1 with the fake clock at the samples' noon,
/// on SQLite or on a PostgreSQL database of its own. Test classes derive one class per store.
/// </summary>
public abstract class RocarsHost : IAsyncLifetime
{
    public const string Shipper = "test-shipper";
    public const string Driver = "test-driver";
    public const string Cnsw = "test-cnsw";
    public const string OtherShipper = "test-shipper-2";
    public const string OtherDriver = "test-driver-2";
    public const string FacadeCredential = "facade-secret";
    public const string AciPath = "/rocars/xml/v1/aci";
    public const string SsddPath = "/rocars/xml/v1/ssdd";
    public const string BundlesPath = "/rocars/xml/v1/bundles";

    public static readonly DateOnly Today = new(2026, 11, 26);

    private PostgresDatabaseFixture? postgres;

    protected RocarsHost(bool onPostgres, IReadOnlyDictionary<string, string?>? settings = null)
    {
        OnPostgres = onPostgres;
        Settings = settings ?? new Dictionary<string, string?>();
    }

    public bool OnPostgres { get; }

    public FakeTimeProvider Clock { get; } = new(SamplePlaceholders.NoonHongKong(Today));

    public DateTimeOffset Now => Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8));

    public StandInTestHost Host { get; private set; } = null!;

    protected IReadOnlyDictionary<string, string?> Settings { get; }

    public async Task InitializeAsync()
    {
        var store = StoreKind.Sqlite;
        if (OnPostgres)
        {
            postgres = new PostgresDatabaseFixture();
            await postgres.InitializeAsync();
            store = StoreKind.Postgres(postgres.ConnectionString);
        }

        var settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["Risk:SelectionRate"] = "0",
            ["Facade:Credential"] = FacadeCredential,

            // A second shipper and a second driver besides the sample keys, for "not yours".
            ["Clients:7:Key"] = OtherShipper,
            ["Clients:7:Roles:0"] = "RocarsShipper",
            ["Clients:8:Key"] = OtherDriver,
            ["Clients:8:Roles:0"] = "RocarsDriver",
        };
        foreach (var (key, value) in Settings)
        {
            settings[key] = value;
        }

        Host = await StandInTestHost.StartAsync<RocarsStandIn>(store, Clock, settings);
    }

    public async Task DisposeAsync()
    {
        if (Host is not null)
        {
            await Host.DisposeAsync();
        }

        if (postgres is not null)
        {
            await postgres.DisposeAsync();
        }
    }

    public Task<Answer> PostAsync(string key, string path, string body, string contentType = "application/xml") =>
        PostAsync(key, path, Encoding.UTF8.GetBytes(body), contentType);

    public async Task<Answer> PostAsync(string? key, string path, byte[] body, string contentType = "application/xml", Action<HttpRequestMessage>? configure = null)
    {
        using var client = Host.CreateClient(key);
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        configure?.Invoke(request);
        return await SendAsync(client, request);
    }

    public async Task<Answer> GetAsync(string? key, string path)
    {
        using var client = Host.CreateClient(key);
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        return await SendAsync(client, request);
    }

    public async Task<Answer> DeleteAsync(string key, string path, string? messageId)
    {
        using var client = Host.CreateClient(key);
        using var request = new HttpRequestMessage(HttpMethod.Delete, path);
        if (messageId is not null)
        {
            request.Headers.Add(ContractHeaders.MessageId, messageId);
        }

        return await SendAsync(client, request);
    }

    /// <summary>Lodges an ACI that is accepted and returns its CCRN.</summary>
    public async Task<string> LodgeAsync(string messageId, string key = Shipper, string path = AciPath, string? source = null,
        string direction = "IMPORT", string controlPoint = "LMC", string hsCode = "85177900")
    {
        var answer = await PostAsync(key, path, Documents.Aci(messageId, Now.AddHours(3), source: source, direction: direction,
            controlPoint: controlPoint, hsCode: hsCode));
        Assert.Equal("ACCEPTED", answer.Element("Status"));
        return answer.Element("Ccrn")!;
    }

    /// <summary>Bundles CCRNs (arrival in 2 hours) and returns the BundleRef.</summary>
    public async Task<string> BundleAsync(string messageId, string vrn = "AB1234", string key = Driver, TimeSpan? arrivalIn = null, params string[] ccrns)
    {
        var answer = await PostAsync(key, BundlesPath, Documents.Bundle(messageId, Now + (arrivalIn ?? TimeSpan.FromHours(2)), vrn, ccrns: ccrns));
        Assert.Equal("BUNDLED", answer.Element("Status"));
        return answer.Element("BundleRef")!;
    }

    /// <summary>The expected time text of received-at now, as answers write it.</summary>
    public string NowText => SamplePlaceholders.Format(Now, "ISO");

    private static async Task<Answer> SendAsync(HttpClient client, HttpRequestMessage request)
    {
        using var response = await client.SendAsync(request);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        return new Answer(response.StatusCode, bytes, response.Content.Headers.ContentType?.ToString());
    }
}

/// <summary>An HTTP answer: status, body bytes, content type.</summary>
public sealed record Answer(HttpStatusCode Status, byte[] Bytes, string? ContentType)
{
    public string Text => Encoding.UTF8.GetString(Bytes);

    /// <summary>The text of the first element with this local name, or null.</summary>
    public string? Element(string name)
    {
        var open = Text.IndexOf("<" + name + ">", StringComparison.Ordinal);
        if (open < 0)
        {
            return null;
        }

        var start = open + name.Length + 2;
        var end = Text.IndexOf("</" + name + ">", start, StringComparison.Ordinal);
        return Text[start..end];
    }

    /// <summary>The error codes of a REJECTED answer, in order.</summary>
    public IReadOnlyList<string> ErrorCodes =>
        System.Text.RegularExpressions.Regex.Matches(Text, "<Error code=\"(R[0-9]{3})\">").Select(m => m.Groups[1].Value).ToList();
}
