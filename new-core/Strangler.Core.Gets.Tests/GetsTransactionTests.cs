using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Strangler.Core.Store.Documents;

namespace Strangler.Core.Gets.Tests;

/// <summary>An interchange commits as one transaction; LRNs shared between keys are guarded by the store.</summary>
public abstract partial class GetsTests
{
    [Fact]
    public async Task A_facade_tdec_refused_at_the_second_message_stores_nothing_of_the_first()
    {
        var id = NewId();
        var issued = $"TD1{Today:yyMMdd}8{Random.Shared.Next(1_000_000):D6}";
        var body = Cusdec.Interchange(id, ("M1", Cusdec.Import("L" + id, Today)), ("M2", Cusdec.Import("M" + id, Today)));

        Assert.Equal((HttpStatusCode.BadRequest, ""), await PostAsync(body, adjust: r => Facade(r, issued: $"M1={issued}; M2={issued}")));

        var reader = server.Services.GetRequiredService<DocumentReader>();
        Assert.Null(await reader.DocumentAsync(issued));
        // Neither the LRN nor the message's recorded answer survived: the same interchange is decided afresh.
        var again = await AnswerOf(body);
        Assert.Equal(2, Regex.Count(again, "GIS\\+AC:HKS'"));
        Assert.DoesNotContain(issued, again);
    }

    [Fact]
    public async Task An_lrn_used_twice_in_one_interchange_is_E019_for_the_second_message()
    {
        var id = NewId();
        var answer = await AnswerOf(Cusdec.Interchange(id, ("M1", Cusdec.Import("L" + id, Today)), ("M2", Cusdec.Import("L" + id, Today))));
        Assert.Contains("UNH+M1+CUSRES:D:96B:UN:HKGETS'\nBGM+962+L" + id + "+29'", answer);
        Assert.Contains("UNH+M2+CUSRES:D:96B:UN:HKGETS'\nBGM+962+L" + id + "+27'", answer);
        Assert.Single(Regex.Matches(answer, "ERC\\+E019:HKE'"));
    }

    [Fact]
    public async Task Concurrent_originals_of_one_lrn_from_two_keys_accept_exactly_one()
    {
        var id = NewId();
        var lodgings = Enumerable.Range(0, 6).Select(i => AnswerOf(
            Cusdec.Interchange($"{id}{i}", ("M1", Cusdec.Import("L" + id, Today))), i % 2 == 0 ? TradeLink : GetsSettings.OtherKey));
        var answers = await Task.WhenAll(lodgings);

        Assert.Single(answers, a => a.Contains("GIS+AC:HKS'", StringComparison.Ordinal));
        Assert.Equal(5, answers.Count(a => a.Contains("ERC+E019:HKE'", StringComparison.Ordinal)));
    }
}
