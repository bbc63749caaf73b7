using static Strangler.RocarsXml.Tests.Fixture;

namespace Strangler.RocarsXml.Tests;

public sealed class TimeTests
{
    private const string Crossing = "2026-11-26T15:00:00+08:00";
    private const string Arrival = "2026-11-26T14:00:00+08:00";

    [Theory]
    [InlineData("2026-11-26T07:00:00Z", "2026-11-26T15:00:00+08:00")]
    [InlineData("2026-11-26T02:00:00-05:00", "2026-11-26T15:00:00+08:00")]
    [InlineData("2026-11-26T15:00:00.9999999+08:00", "2026-11-26T15:00:00+08:00")]
    [InlineData("2026-11-26T07:00:00.5Z", "2026-11-26T15:00:00+08:00")]
    [InlineData("2026-11-26T24:00:00+08:00", "2026-11-27T00:00:00+08:00")]
    [InlineData("2026-11-27T06:00:00+14:00", "2026-11-27T00:00:00+08:00")]
    public void Date_times_with_an_offset_are_converted_to_hong_kong_time_and_truncated_to_seconds(string sent, string read)
    {
        var request = RocarsRequests.DecodeAci(Bytes(AciWith(Crossing, sent)), RocarsEndpoint.Aci, Context());

        Assert.Empty(request.Errors);
        Assert.Contains($"<ExpectedCrossing>{read}</ExpectedCrossing>", Text(RocarsWriter.Write(request.Document!)));
        Assert.Equal(TimeSpan.FromHours(8), request.Document!.Lodgement!.ExpectedCrossing.Offset);
    }

    [Theory]
    [InlineData("2026-11-26T15:00:00")]
    [InlineData("2026-11-26T15:00:00.5")]
    [InlineData("2026-11-26T15:00:00+0800")]
    [InlineData("2026-11-26T15:00:00+8:00")]
    [InlineData("2026-11-26T15:00:00.+08:00")]
    [InlineData("2026-11-26 15:00:00+08:00")]
    [InlineData("2026-11-26T24:00:01+08:00")]
    [InlineData("2026-11-26T15:60:00+08:00")]
    [InlineData("2026-11-26T15:00:60+08:00")]
    [InlineData("26-11-26T15:00:00+08:00")]
    [InlineData("0000-01-01T00:00:00Z")]
    [InlineData("0001-01-01T00:00:00+14:00")]
    [InlineData("2026-11-26T15:00:00z")]
    public void Date_times_without_a_valid_offset_or_shape_are_R001(string sent)
    {
        Assert.Equal(["R001"], AciCodes(AciWith(Crossing, sent)));
    }

    [Theory]
    [InlineData("2026-11-26T12:30:00+08:00", "")]
    [InlineData("2026-11-26T04:30:00Z", "")]
    [InlineData("2026-11-26T12:29:59+08:00", "R010")]
    [InlineData("2026-11-26T12:29:59.999+08:00", "R010")]
    [InlineData("2026-12-10T12:00:00+08:00", "")]
    [InlineData("2026-12-10T12:00:01+08:00", "R010")]
    [InlineData("2026-12-10T12:00:00.999+08:00", "")]
    [InlineData("2026-11-25T12:00:00+08:00", "R010")]
    public void R010_accepts_from_30_minutes_to_exactly_336_hours_after_receipt(string crossing, string codes)
    {
        Assert.Equal(codes, string.Join(' ', AciCodes(AciWith(Crossing, crossing))));
    }

    [Fact]
    public void The_received_at_is_truncated_to_seconds_before_the_window_is_applied()
    {
        var lateInTheSecond = Now.AddMilliseconds(700);

        Assert.Empty(AciCodes(AciWith(Crossing, "2026-11-26T12:30:00+08:00"), at: lateInTheSecond));
        Assert.Empty(BundleCodes(BundleWith(Arrival, "2026-11-26T12:30:00+08:00"), at: lateInTheSecond));
    }

    [Theory]
    [InlineData("2026-11-26T12:30:00+08:00", "")]
    [InlineData("2026-11-26T04:30:00Z", "")]
    [InlineData("2026-11-26T12:29:59+08:00", "R030")]
    [InlineData("2026-11-26T11:00:00+08:00", "R030")]
    [InlineData("2027-11-26T12:00:00+08:00", "")]
    public void R030_accepts_an_expected_arrival_at_least_30_minutes_after_receipt(string arrival, string codes)
    {
        Assert.Equal(codes, string.Join(' ', BundleCodes(BundleWith(Arrival, arrival))));
    }
}
