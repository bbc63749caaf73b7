using System.Text;
using Strangler.Contracts.Testing;

namespace Strangler.Contracts.Tests;

public sealed class SamplePlaceholdersTests
{
    private static readonly DateTimeOffset Noon = SamplePlaceholders.NoonHongKong(new DateOnly(2026, 1, 15));

    [Theory]
    [InlineData("${NOW:CCYYMMDD}", "20260115")]
    [InlineData("${NOW:CCYYMMDDHHMM}", "202601151200")]
    [InlineData("${NOW:YYMMDD}:${NOW:HHMM}", "260115:1200")]
    [InlineData("${NOW:DD}", "15")]
    [InlineData("${NOW:DDMMM}", "15JAN")]
    [InlineData("${NOW+PT3H:ISO}", "2026-01-15T15:00:00+08:00")]
    [InlineData("${NOW-P40D:CCYYMMDD}", "20251206")]
    [InlineData("${NOW+PT20M:ISO}", "2026-01-15T12:20:00+08:00")]
    public void Placeholders_are_filled_against_the_fixed_clock(string template, string expected) =>
        Assert.Equal(expected, Encoding.UTF8.GetString(SamplePlaceholders.Fill(Encoding.UTF8.GetBytes(template), Noon)));

    [Fact]
    public void Ccrn_placeholders_take_the_earlier_answer()
    {
        var filled = SamplePlaceholders.Fill("<Ccrn>${CCRN:01-aci-accepted.xml}</Ccrn>"u8.ToArray(), Noon,
            file => file == "01-aci-accepted.xml" ? "C260115000000019" : throw new InvalidOperationException());
        Assert.Equal("<Ccrn>C260115000000019</Ccrn>", Encoding.UTF8.GetString(filled));
    }

    [Fact]
    public void Every_sample_is_found_and_no_placeholder_is_left_unfilled()
    {
        foreach (var folder in new[] { "gets", "eman", "rocars", "accs" })
        {
            var files = ContractSamples.Files(folder);
            Assert.NotEmpty(files);
            foreach (var file in files)
            {
                var text = ContractSamples.ReadText($"{folder}/{file}", Noon, _ => "C260115000000019");
                Assert.DoesNotContain("${", text);
            }
        }
    }
}
