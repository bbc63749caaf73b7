using System.Net;
using Strangler.Legacy.Accs.Tests.TestSupport;
using static Strangler.Legacy.Accs.Tests.TestSupport.CargoImpText;

namespace Strangler.Legacy.Accs.Tests.Http;

/// <summary>The CSN lifecycle (NA → decision → RL), visibility, and the per-key status feed.</summary>
public abstract partial class AccsBehaviour
{
    [Fact]
    public async Task A_document_check_is_released_after_the_examination_time_and_both_codes_reach_the_feed()
    {
        await using var accs = await AccsTestHost.StartAsync(Source);
        var awb = Awb(4000001);
        var line = $"{awb}LHRHKG/T5K50.0";
        await accs.PostAsync(Cathay, Fwb(line, goods: "CIGARETTES"));
        Assert.Equal(Csn(line, "DC", "10MAR1200"), (await accs.GetAsync(Cathay, $"accs/v1/status/{awb}")).Body);

        accs.Advance(TimeSpan.FromHours(3) + TimeSpan.FromMinutes(59));
        Assert.Equal(Csn(line, "DC", "10MAR1200"), (await accs.GetAsync(Cathay, $"accs/v1/status/{awb}")).Body);
        accs.Advance(TimeSpan.FromMinutes(30));
        Assert.Equal(Csn(line, "RL", "10MAR1600"), (await accs.GetAsync(Cathay, $"accs/v1/status/{awb}")).Body);

        Assert.Equal(
            Csn(line, "DC", "10MAR1200") + "CUR/1\r\n\r\n" + Csn(line, "RL", "10MAR1600") + "CUR/2\r\n\r\n",
            (await accs.GetAsync(Cathay, "accs/v1/status")).Body);
    }

    [Fact]
    public async Task A_feed_read_first_releases_what_completed_by_its_received_at()
    {
        await using var accs = await AccsTestHost.StartAsync(Source);
        var line = $"{Awb(4000002)}HKGLHR/T5K50.0";
        await accs.PostAsync(Cathay, Fwb(line, hts: "930190"));
        accs.Advance(TimeSpan.FromHours(5));
        Assert.Equal(Csn(line, "RL", "10MAR1600") + "CUR/2\r\n\r\n", (await accs.GetAsync(Hactl, "accs/v1/status?after=1")).Body);
    }

    [Fact]
    public async Task The_first_fwb_sets_its_risk_decision_without_na_and_each_later_fwb_sets_one_csn_even_if_unchanged()
    {
        await using var accs = await AccsTestHost.StartAsync(Source);
        var line = $"{Awb(4000003)}HKGLHR/T5K50.0";
        await accs.PostAsync(Cathay, Fwb(line));
        accs.Advance(TimeSpan.FromMinutes(10));
        await accs.PostAsync(Cathay, Fwb(line, goods: "MACHINE PARTS"));

        Assert.Equal(
            Csn(line, "NC", "10MAR1200") + "CUR/1\r\n\r\n" + Csn(line, "NC", "10MAR1210") + "CUR/2\r\n\r\n",
            (await accs.GetAsync(Cathay, "accs/v1/status")).Body);
    }

    [Fact]
    public async Task A_transit_air_waybill_gets_na_once_and_later_fwbs_change_nothing()
    {
        await using var accs = await AccsTestHost.StartAsync(Source);
        var line = $"{Awb(4000004)}LHRJFK/T5K50.0";
        await accs.PostAsync(Cathay, Fwb(line));
        await accs.PostAsync(Cathay, Fwb(line, goods: "MACHINE PARTS"));
        Assert.Equal(Csn(line, "NA", "10MAR1200") + "CUR/1\r\n\r\n", (await accs.GetAsync(Cathay, "accs/v1/status")).Body);
    }

    [Fact]
    public async Task An_ffm_never_changes_the_code_but_its_flight_and_line_become_the_csns()
    {
        await using var accs = await AccsTestHost.StartAsync(Source);
        var awb = Awb(4000005);
        await accs.PostAsync(Cathay, Fwb($"{awb}HKGLHR/T5K50.0", flightDay: "09"));
        accs.Advance(TimeSpan.FromMinutes(1));
        await accs.PostAsync(Hactl, Ffm(1, "CX255/11MAR/HKG/B-HLR", true, "LHR", $"{awb}HKGLHR/P2K20.0T5/PARTS"));

        Assert.Equal(Csn($"{awb}HKGLHR/P2K20.0T5", "NC", "10MAR1200", "CX255/11MAR"),
            (await accs.GetAsync(Cathay, $"accs/v1/status/{awb}")).Body);
        Assert.Equal(1L, await accs.ScalarAsync<long>("SELECT COUNT(*) FROM ACC_CSN"));
    }

    [Fact]
    public async Task Without_an_ffm_the_csn_names_the_fwb_flight_in_the_month_it_was_received()
    {
        await using var accs = await AccsTestHost.StartAsync(Source);
        var line = $"{Awb(4000006)}HKGLHR/T5K50.0";
        await accs.PostAsync(Cathay, Fwb(line, flightDay: "31"));
        Assert.Equal(Csn(line, "NC", "10MAR1200", "CX251/31MAR"), (await accs.GetAsync(Cathay, $"accs/v1/status/{Awb(4000006)}")).Body);
    }

    [Fact]
    public async Task A_status_is_404_when_malformed_unknown_or_not_visible_to_the_key()
    {
        await using var accs = await AccsTestHost.StartAsync(Source);
        var foreign = Awb(4000007, "999");
        await accs.PostAsync(Hactl, Fwb($"{foreign}HKGLHR/T5K50.0"));

        Assert.Equal(HttpStatusCode.OK, (await accs.GetAsync(Hactl, $"accs/v1/status/{foreign}")).Status);
        Assert.Equal((HttpStatusCode.NotFound, ""), await accs.GetAsync(Cathay, $"accs/v1/status/{foreign}"));
        Assert.Equal((HttpStatusCode.NotFound, ""), await accs.GetAsync(Hactl, $"accs/v1/status/{Awb(4000008)}"));
        Assert.Equal((HttpStatusCode.NotFound, ""), await accs.GetAsync(Hactl, "accs/v1/status/160-1234567"));
        Assert.Equal((HttpStatusCode.NotFound, ""), await accs.GetAsync(Hactl, "accs/v1/status/160-12345676"));
        Assert.Equal("", (await accs.GetAsync(Cathay, "accs/v1/status")).Body);
    }

    [Fact]
    public async Task Each_key_visible_to_an_air_waybill_gets_the_csn_under_its_own_cursor_and_pages_by_after_and_max()
    {
        await using var accs = await AccsTestHost.StartAsync(Source);
        var foreign = $"{Awb(4000009, "999")}HKGLHR/T5K50.0";
        var own = $"{Awb(4000010)}HKGLHR/T5K50.0";
        await accs.PostAsync(Hactl, Fwb(foreign));
        await accs.PostAsync(Cathay, Fwb(own));

        Assert.Equal(Csn(own, "NC", "10MAR1200") + "CUR/1\r\n\r\n", (await accs.GetAsync(Cathay, "accs/v1/status")).Body);
        Assert.Equal(Csn(foreign, "NC", "10MAR1200") + "CUR/1\r\n\r\n", (await accs.GetAsync(Hactl, "accs/v1/status?max=1")).Body);
        Assert.Equal(Csn(own, "NC", "10MAR1200") + "CUR/2\r\n\r\n", (await accs.GetAsync(Hactl, "accs/v1/status?after=1&max=1")).Body);
        Assert.Equal("", (await accs.GetAsync(Hactl, "accs/v1/status?after=2")).Body);
    }

    [Fact]
    public async Task The_gate_answers_401_415_and_400_with_empty_bodies()
    {
        await using var accs = await AccsTestHost.StartAsync(Source);
        Assert.Equal((HttpStatusCode.Unauthorized, ""), await accs.GetAsync(null, "accs/v1/status"));
        Assert.Equal((HttpStatusCode.Unauthorized, ""), await accs.GetAsync("test-msc", "accs/v1/status"));
        Assert.Equal((HttpStatusCode.UnsupportedMediaType, ""), await accs.PostAsync(Cathay, accs.Sample("01-fwb-accepted.txt"),
            r => r.Content!.Headers.ContentType = new("application/xml")));
        Assert.Equal((HttpStatusCode.BadRequest, ""), await accs.GetAsync(Cathay, "accs/v1/status?max=501"));
        Assert.Equal((HttpStatusCode.BadRequest, ""), await accs.GetAsync(Cathay, "accs/v1/status?after=1&after=2"));
        Assert.Equal(0L, await accs.ScalarAsync<long>("SELECT COUNT(*) FROM ACC_REQUEST_LOG"));
    }

    [Fact]
    public async Task Random_and_mutated_bodies_never_get_a_server_error()
    {
        await using var accs = await AccsTestHost.StartAsync(Source);
        var random = new Random(20260310);
        var samples = new[] { "01-fwb-accepted.txt", "02-fhl-accepted.txt", "03-ffm-accepted.txt" }.Select(accs.Sample).ToArray();
        for (var i = 0; i < 60; i++)
        {
            byte[] body;
            if (i % 3 == 0)
            {
                body = new byte[random.Next(0, 200)];
                random.NextBytes(body);
            }
            else
            {
                var list = samples[random.Next(samples.Length)].ToList();
                for (var m = 0; m < 1 + random.Next(3); m++)
                {
                    var at = random.Next(list.Count);
                    switch (random.Next(3))
                    {
                        case 0: list[at] = (byte)random.Next(256); break;
                        case 1: list.Insert(at, (byte)"0123456789/-.ABCDEFGHIJKLMNOPQRSTUVWXYZ\r\n"[random.Next(41)]); break;
                        default: list.RemoveAt(at); break;
                    }
                }

                body = [.. list];
            }

            var (status, answer) = await accs.PostAsync(random.Next(2) == 0 ? Cathay : Hactl, body);
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.True(answer.StartsWith("FMA/1\r\n", StringComparison.Ordinal) || answer.StartsWith("FNA/1\r\n", StringComparison.Ordinal), answer);
        }
    }
}
