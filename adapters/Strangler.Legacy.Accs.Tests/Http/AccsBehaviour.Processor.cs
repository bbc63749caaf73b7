using Microsoft.Extensions.DependencyInjection;
using Strangler.Contracts.Testing;
using Strangler.Legacy.Accs.Messages;
using Strangler.Legacy.Accs.Tests.TestSupport;
using static Strangler.Legacy.Accs.Tests.TestSupport.CargoImpText;

namespace Strangler.Legacy.Accs.Tests.Http;

/// <summary>The in-process write path the history generator uses: the same processor at any received-at.</summary>
public abstract partial class AccsBehaviour
{
    [Fact]
    public async Task The_processor_files_at_the_received_at_it_is_given_and_http_reads_the_result()
    {
        await using var accs = await AccsTestHost.StartAsync(Source);
        var processor = accs.Host.Services.GetRequiredService<AccsProcessor>();
        var earlier = new DateTimeOffset(2026, 3, 9, 7, 15, 30, TimeSpan.FromHours(8));

        var answer = await processor.SubmitAsync(SampleClientKeys.Cathay, accs.Sample("01-fwb-accepted.txt"), earlier, null, CancellationToken.None);

        Assert.Equal(Answer("FMA/1", "ACK/ACCEPTED/A260309000000001", "FWB/16", "160-12345675HKGLHR/T10K100.0MC0.72"),
            System.Text.Encoding.ASCII.GetString(answer.Body.Span));
        Assert.Equal(Csn("160-12345675HKGLHR/T10K100.0MC0.72", "NC", "09MAR0715", "CX251/10MAR"),
            (await accs.GetAsync(Cathay, "accs/v1/status/160-12345675")).Body);
    }
}
