using System.Net;
using Microsoft.Extensions.Time.Testing;
using Strangler.Contracts.Http.Answers;
using Strangler.Contracts.Http.Time;

namespace Strangler.Contracts.Http.Tests;

public sealed class AnswerTests
{
    [Fact]
    public async Task An_answer_is_written_byte_for_byte_with_the_interface_content_type()
    {
        await using var app = await GateApp.StartAsync();
        using var client = app.Client("test-cathay");
        byte[] body = [0xEF, 0xBB, 0xBF, (byte)'F', (byte)'W', (byte)'B', 0x0D, 0x0A, 0xC3, 0xA9];
        var response = await client.PostAsync("accs/v1/messages", Bodies.Bytes(body, "text/plain"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Equal(body.Length, response.Content.Headers.ContentLength);
        Assert.Equal(body, await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Xml_answers_carry_the_xml_content_type()
    {
        await using var app = await GateApp.StartAsync();
        using var client = app.Client("test-shipper");
        var response = await client.PostAsync("rocars/xml/v1/aci", Bodies.Text("<a/>", "application/xml; charset=utf-8"));
        Assert.Equal("application/xml; charset=utf-8", response.Content.Headers.ContentType!.ToString());
    }

    [Fact]
    public void Answers_are_values()
    {
        Assert.Equal(404, ContractAnswer.NotFound.StatusCode);
        Assert.Null(ContractAnswer.Empty(409).ContentType);
        Assert.Equal("application/edifact", ContractAnswer.Ok(ContractInterface.Eman, "x"u8.ToArray()).ContentType);
    }

    [Fact]
    public void A_shifted_clock_runs_at_the_pace_of_its_inner_clock()
    {
        var inner = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var shifted = new ShiftedTimeProvider(inner, TimeSpan.FromHours(-3));
        Assert.Equal(new DateTimeOffset(2025, 12, 31, 21, 0, 0, TimeSpan.Zero), shifted.GetUtcNow());
        inner.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(new DateTimeOffset(2025, 12, 31, 21, 5, 0, TimeSpan.Zero), shifted.GetUtcNow());
        Assert.Equal(inner.GetTimestamp(), shifted.GetTimestamp());
    }
}
