using System.Net;
using System.Text;
using Strangler.Contracts.Testing;

namespace Strangler.Legacy.Rocars.Tests;

/// <summary>The HTTP checks of README "HTTP" on the ROCARS paths, the facade's headers, and bodies that must never give a 500.</summary>
public sealed class HttpEdgeTests() : RocarsHost(onPostgres: false)
{
    [Theory]
    [InlineData(null)]
    [InlineData("unknown-key")]
    [InlineData("test-tradelink")]
    public async Task A_missing_unknown_or_foreign_key_is_401_with_an_empty_body(string? key)
    {
        var answer = await PostAsync(key, AciPath, Encoding.UTF8.GetBytes(Documents.Aci("A-1", Now.AddHours(3))));

        Assert.Equal(HttpStatusCode.Unauthorized, answer.Status);
        Assert.Empty(answer.Bytes);
    }

    [Fact]
    public async Task A_wrong_content_type_is_415_and_an_oversized_body_413()
    {
        var wrongType = await PostAsync(Shipper, AciPath, Encoding.UTF8.GetBytes(Documents.Aci("A-1", Now.AddHours(3))), "text/plain");
        // Expect: 100-continue, so the server answers 413 on the declared length before any of the body is sent (sent at
        // once, the body could still be on its way when the server closes the connection: a broken pipe, not an answer).
        var tooLarge = await PostAsync(Shipper, AciPath, new byte[1_048_577], configure: request => request.Headers.ExpectContinue = true);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, wrongType.Status);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.Status);
        Assert.Empty(tooLarge.Bytes);
    }

    [Fact]
    public async Task Unknown_path_is_404_and_a_wrong_method_405()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(Shipper, "/rocars/xml/v1/nothing")).Status);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, (await GetAsync(Shipper, AciPath)).Status);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, (await PostAsync(Driver, BundlesPath + "/B26112600000001", "<x/>")).Status);
    }

    [Fact]
    public async Task The_facade_sets_received_at_and_the_references_to_issue()
    {
        var issued = Strangler.Contracts.CheckDigits.CcrnNumber.Create(Today, 51_234_567);
        var answer = await PostAsync(Shipper, AciPath, Encoding.UTF8.GetBytes(Documents.Aci("A-1", Now.AddHours(3))), configure: request =>
        {
            request.Headers.Add("X-Strangler-Facade", FacadeCredential);
            request.Headers.Add("X-Strangler-Received-At", "2026-11-26T11:59:30+08:00");
            request.Headers.Add("X-Strangler-Issued", "aci=" + issued);
        });

        Assert.Equal(issued, answer.Element("Ccrn"));
        Assert.Equal("2026-11-26T11:59:30+08:00", answer.Element("ReceivedAt"));
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(Shipper, $"{AciPath}/{issued}")).Status);
    }

    [Fact]
    public async Task A_reference_the_facade_names_twice_is_an_empty_400_and_stores_nothing()
    {
        var issued = Strangler.Contracts.CheckDigits.CcrnNumber.Create(Today, 51_234_568);
        Task<Answer> Lodge(string messageId) => PostAsync(Shipper, AciPath, Encoding.UTF8.GetBytes(Documents.Aci(messageId, Now.AddHours(3))), configure: request =>
        {
            request.Headers.Add("X-Strangler-Facade", FacadeCredential);
            request.Headers.Add("X-Strangler-Issued", "aci=" + issued);
        });

        var first = await Lodge("A-1");
        var second = await Lodge("A-2");
        var resendOfSecond = await Lodge("A-2");

        Assert.Equal(issued, first.Element("Ccrn"));
        Assert.Equal(HttpStatusCode.BadRequest, second.Status);
        Assert.Empty(second.Bytes);
        // Nothing of the refused request was recorded: the resend is refused the same way, not replayed.
        Assert.Equal(HttpStatusCode.BadRequest, resendOfSecond.Status);
    }

    [Fact]
    public async Task Facade_headers_from_a_client_are_ignored()
    {
        var answer = await PostAsync(Shipper, AciPath, Encoding.UTF8.GetBytes(Documents.Aci("A-1", Now.AddHours(3))), configure: request =>
            request.Headers.Add("X-Strangler-Received-At", "2026-11-26T11:59:30+08:00"));

        Assert.Equal(NowText, answer.Element("ReceivedAt"));
    }

    [Fact]
    public async Task Random_and_mutated_bodies_never_give_a_500()
    {
        var random = new Random(20261126);
        var templates = new[]
        {
            ContractSamples.Read("rocars/01-aci-accepted.xml", Now),
            Encoding.UTF8.GetBytes(Documents.Bundle("B-1", Now.AddHours(2), ccrns: Strangler.Contracts.CheckDigits.CcrnNumber.Create(Today, 1))),
            Encoding.UTF8.GetBytes(Documents.Cancel("C-1", Strangler.Contracts.CheckDigits.CcrnNumber.Create(Today, 1), "CNSW")),
        };
        var targets = new[] { (Shipper, AciPath), (Cnsw, SsddPath), (Driver, BundlesPath) };
        for (var i = 0; i < 150; i++)
        {
            var body = i % 5 == 0 ? RandomBytes(random) : Mutate(random, templates[random.Next(templates.Length)]);
            var (key, path) = targets[random.Next(targets.Length)];

            var answer = await PostAsync(key, path, body);

            Assert.Equal(HttpStatusCode.OK, answer.Status);
            Assert.StartsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", answer.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Odd_bundle_refs_and_message_ids_on_delete_never_give_a_500()
    {
        foreach (var (bundleRef, messageId) in new[] { (new string('B', 3000), "D-1"), ("a/b/c", "D-2"), ("B26112600000001", new string('M', 35)), ("%20", "D-3") })
        {
            var answer = await DeleteAsync(Driver, $"{BundlesPath}/{bundleRef}", messageId);

            Assert.Equal(HttpStatusCode.OK, answer.Status);
            Assert.Equal(["R034"], answer.ErrorCodes);
        }
    }

    private static byte[] RandomBytes(Random random)
    {
        var bytes = new byte[random.Next(0, 400)];
        random.NextBytes(bytes);
        return bytes;
    }

    private static byte[] Mutate(Random random, byte[] template)
    {
        var bytes = template.ToList();
        for (var n = random.Next(1, 4); n > 0 && bytes.Count > 0; n--)
        {
            var at = random.Next(bytes.Count);
            switch (random.Next(3))
            {
                case 0:
                    bytes[at] ^= (byte)(1 << random.Next(8));
                    break;
                case 1:
                    bytes.Insert(at, (byte)random.Next(256));
                    break;
                default:
                    bytes.RemoveAt(at);
                    break;
            }
        }

        return [.. bytes];
    }
}
