using System.Net.Http.Headers;
using System.Text;

namespace Strangler.Legacy.Gets.Tests;

public abstract partial class GetsStandInTests
{
    [Theory]
    [InlineData(null, "application/edifact", 401)]
    [InlineData("unknown-key", "application/edifact", 401)]
    [InlineData("test-msc", "application/edifact", 401)]
    [InlineData("test-tradelink", "text/plain", 415)]
    [InlineData("test-tradelink", "application/edifact; charset=latin1", 415)]
    [InlineData("test-tradelink", "APPLICATION/EDIFACT; charset=utf-8", 200)]
    public async Task The_gate_answers_with_an_empty_body(string? key, string contentType, int expected)
    {
        using var client = Gets.Host.CreateClient(key);
        using var content = new ByteArrayContent(Gets.Sample("01-import-sea-accepted.edi"));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);

        using var response = await client.PostAsync(new Uri("gets/v1/messages", UriKind.Relative), content);

        Assert.Equal(expected, (int)response.StatusCode);
        if (expected != 200)
        {
            Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        }
    }

    [Theory]
    [InlineData("gets/v1/acknowledgements?max=0", 400)]
    [InlineData("gets/v1/acknowledgements?max=501", 400)]
    [InlineData("gets/v1/acknowledgements?after=1&after=2", 400)]
    [InlineData("gets/v1/acknowledgements?after=", 400)]
    [InlineData("gets/v1/acknowledgements?after=-1", 400)]
    [InlineData("gets/v1/acknowledgements?after=5&max=500&other=x", 200)]
    [InlineData("gets/v1/nothing", 404)]
    [InlineData("gets/v1/messages", 405)]
    public async Task Gets_paths_and_queries_are_judged_by_the_contract(string path, int expected)
    {
        var (status, body) = await Gets.GetAsync(path);

        Assert.Equal(expected, status);
        if (expected != 200)
        {
            Assert.Empty(body);
        }
    }

    [Fact]
    public async Task Random_and_mutated_bodies_never_get_a_5xx()
    {
        var random = new Random(20261126);
        var sample = Gets.Sample("04-two-messages-one-bad-unt.edi");
        for (var i = 0; i < 60; i++)
        {
            var body = (byte[])sample.Clone();
            if (i % 3 == 0)
            {
                body = new byte[random.Next(0, 300)];
                random.NextBytes(body);
            }
            else
            {
                for (var flips = random.Next(1, 6); flips > 0; flips--)
                {
                    body[random.Next(body.Length)] = (byte)"+:'?AZ09\n\r\u00e9"[random.Next(11)];
                }
            }

            var (status, answer) = await Gets.PostAsync(body);

            Assert.True(status == 200, $"HTTP {status} for {Encoding.UTF8.GetString(body)}\n" + string.Join("\n", Gets.Errors.Entries));
            Assert.True(GetsHost.Read(answer).Messages.Count > 0);
        }
    }

    [Fact]
    public async Task The_facade_may_set_received_at_and_the_answer_ref()
    {
        using var client = Gets.Host.CreateClient("test-tradelink");
        client.DefaultRequestHeaders.Add("X-Strangler-Facade", "facade-secret");
        client.DefaultRequestHeaders.Add("X-Strangler-Received-At", "2026-11-25T10:15:30+08:00");
        client.DefaultRequestHeaders.Add("X-Strangler-Answer-Ref", "R5000000000042");
        using var content = new ByteArrayContent(Cusdec.Interchange("IC1", Now, Cusdec.Original("M1", "L1", SixDaysAgo)));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/edifact");

        using var response = await client.PostAsync(new Uri("gets/v1/messages", UriKind.Relative), content);

        var answer = GetsHost.Read(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("R5000000000042", answer.Envelope.InterchangeRef);
        Assert.Equal("TD12611250000001", answer.Messages.Single().IssuedReference);
        Assert.Equal(new DateTimeOffset(2026, 11, 25, 10, 15, 0, TimeSpan.FromHours(8)), answer.Messages.Single().IssuedAt);
    }

    [Fact]
    public async Task A_tdec_number_the_facade_names_twice_is_an_empty_400()
    {
        using var client = Gets.Host.CreateClient("test-tradelink");
        client.DefaultRequestHeaders.Add("X-Strangler-Facade", "facade-secret");
        client.DefaultRequestHeaders.Add("X-Strangler-Issued", "M1=TD12611265000077");

        async Task<HttpResponseMessage> Lodge(string interchangeRef, string lrn)
        {
            using var content = new ByteArrayContent(Cusdec.Interchange(interchangeRef, Now, Cusdec.Original("M1", lrn, SixDaysAgo)));
            content.Headers.ContentType = new MediaTypeHeaderValue("application/edifact");
            return await client.PostAsync(new Uri("gets/v1/messages", UriKind.Relative), content);
        }

        using var first = await Lodge("ICDUP1", "LDUP1");
        using var second = await Lodge("ICDUP2", "LDUP2");

        Assert.Equal("TD12611265000077", GetsHost.Read(await first.Content.ReadAsByteArrayAsync()).Messages.Single().IssuedReference);
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
    }
}
