using System.Net;
using System.Text;

namespace Strangler.Contracts.Http.Tests;

/// <summary>Random content types, encodings, queries and facade headers never make the gate fail with 5xx.</summary>
public sealed class FuzzTests : IAsyncLifetime
{
    private static readonly string[] Pieces =
        ["application/edifact", "text/plain", ";", "charset=", "utf-8", "\"", "=", ",", " ", "after", "max", "&", "%", "%2", "+", "1", "999999999", "-", "x/y", "*/*", "identity", "gzip", "\\", "T", ":"];

    private GateApp _app = null!;

    public async Task InitializeAsync() => _app = await GateApp.StartAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Random_headers_and_queries_are_answered_without_a_server_error()
    {
        var random = new Random(20261126);
        using var client = _app.Client();
        for (var i = 0; i < 300; i++)
        {
            using var request = new HttpRequestMessage(random.Next(3) == 0 ? HttpMethod.Get : HttpMethod.Post,
                "gets/v1/acknowledgements?" + Uri.EscapeDataString(Junk(random)).Replace("%26", "&", StringComparison.Ordinal).Replace("%3D", "=", StringComparison.Ordinal));
            if (request.Method == HttpMethod.Post)
            {
                request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(Junk(random)));
                request.Content.Headers.TryAddWithoutValidation("Content-Type", Junk(random));
                if (random.Next(4) == 0)
                {
                    request.Content.Headers.TryAddWithoutValidation("Content-Encoding", Junk(random));
                }
            }

            if (random.Next(2) == 0)
            {
                request.Headers.TryAddWithoutValidation(ContractHeaders.Facade, random.Next(2) == 0 ? "facade-secret" : Junk(random));
                request.Headers.TryAddWithoutValidation(ContractHeaders.Issued, Junk(random));
                request.Headers.TryAddWithoutValidation(ContractHeaders.ReceivedAt, Junk(random));
            }

            var response = await client.SendAsync(request);
            Assert.True((int)response.StatusCode < 500, $"{request.Method} {request.RequestUri} gave {(int)response.StatusCode}");
            if (response.StatusCode != HttpStatusCode.OK)
            {
                Assert.Empty(await response.Content.ReadAsByteArrayAsync());
            }
        }
    }

    private static string Junk(Random random)
    {
        var builder = new StringBuilder();
        var count = random.Next(0, 6);
        for (var i = 0; i < count; i++)
        {
            builder.Append(Pieces[random.Next(Pieces.Length)]);
        }

        return builder.ToString();
    }
}
