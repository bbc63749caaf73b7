using System.Text;
using Strangler.Contracts.Testing;

namespace Strangler.Legacy.Gets.Tests;

public abstract partial class GetsStandInTests
{
    [Fact]
    public async Task Sample_01_is_answered_exactly_with_the_first_legacy_tdec_number_and_charge()
    {
        var (status, body) = await Gets.PostAsync(Gets.Sample("01-import-sea-accepted.edi"));

        Assert.Equal(200, status);
        Assert.Equal(
            "UNA:+.? 'UNB+UNOC:3+HKGETS:ZZZ+TRADELINK01:ZZZ+261126:1200+R0000000000001'\n" +
            "UNH+M1+CUSRES:D:96B:UN:HKGETS'\nBGM+962+LRN-2026-0001+29'\nDTM+182:202611261200:203'\n" +
            "RFF+ACW:IC0000001:M1'\nRFF+ABT:TD12611260000001'\nGIS+AC:HKS'\nMOA+161:7.00:HKD'\nUNT+8+M1'\n" +
            "UNZ+1+R0000000000001'\n",
            Encoding.UTF8.GetString(body));
    }

    [Fact]
    public async Task Every_gets_sample_in_order_gets_its_expected_answer()
    {
        Assert.Equal(5, ContractSamples.Files("gets").Count);

        var first = (await Gets.PostReadAsync(Gets.Sample("01-import-sea-accepted.edi"))).Messages.Single();
        Assert.True(first.Accepted);
        Assert.StartsWith("TD1261126", first.IssuedReference);
        Assert.Equal([("161", "7.00")], first.Amounts.Select(a => (a.Qualifier, a.Amount)));

        var second = (await Gets.PostReadAsync(Gets.Sample("02-export-air-late-penalty.edi"))).Messages.Single();
        Assert.True(second.Accepted);
        Assert.Equal("TD42611260000001", second.IssuedReference);
        Assert.Equal([("161", "0.20"), ("55", "20.00")], second.Amounts.Select(a => (a.Qualifier, a.Amount)));

        var third = (await Gets.PostReadAsync(Gets.Sample("03-vague-description-rejected.edi"))).Messages.Single();
        Assert.False(third.Accepted);
        Assert.Equal(["E015"], third.Errors.Select(e => e.Code));

        var fourth = (await Gets.PostReadAsync(Gets.Sample("04-two-messages-one-bad-unt.edi"))).Messages;
        Assert.Equal(2, fourth.Count);
        Assert.True(fourth[0].Accepted);
        Assert.Equal("TD32611260000001", fourth[0].IssuedReference);
        Assert.Equal([("161", "0.20")], fourth[0].Amounts.Select(a => (a.Qualifier, a.Amount)));
        Assert.False(fourth[1].Accepted);
        Assert.Equal(["E003"], fourth[1].Errors.Select(e => e.Code));

        var fifth = (await Gets.PostReadAsync(Gets.Sample("05-pre-shipment-new-core.edi"))).Messages.Single();
        Assert.False(fifth.Accepted);
        Assert.Equal(["E004"], fifth.Errors.Select(e => e.Code));
    }

    [Fact]
    public async Task A_resent_interchange_gets_the_recorded_answer_byte_for_byte_and_issues_nothing_new()
    {
        var sample = Gets.Sample("01-import-sea-accepted.edi");
        var (_, first) = await Gets.PostAsync(sample);
        Gets.Clock.Advance(TimeSpan.FromMinutes(5));

        var (status, again) = await Gets.PostAsync(sample);

        Assert.Equal(200, status);
        Assert.Equal(first, again);
        var next = await Gets.PostReadAsync(Cusdec.Interchange("IC9", Gets.Clock.GetUtcNow(), Cusdec.Original("M1", "LRN-NEXT", GetsHost.Day)));
        Assert.Equal("TD12611260000002", next.Messages.Single().IssuedReference);
        Assert.Equal("R0000000000002", next.Envelope.InterchangeRef);
    }

    [Fact]
    public async Task Resending_with_cr_lf_between_segments_is_still_the_same_interchange()
    {
        var sample = Gets.Sample("01-import-sea-accepted.edi");
        var (_, first) = await Gets.PostAsync(sample);
        var withCrLf = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(sample).Replace("\n", "\r\n", StringComparison.Ordinal));

        var (_, again) = await Gets.PostAsync(withCrLf);

        Assert.Equal(first, again);
    }
}
