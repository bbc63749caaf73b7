using Strangler.Contracts.Text;

namespace Strangler.Contracts.Tests.Text;

public sealed class GoodsDescriptionTests
{
    [Theory]
    [InlineData("FAK")]
    [InlineData("general cargo")]
    [InlineData("  Said   To  Contain ")]
    [InlineData("PERSONAL EFFECTS")]
    [InlineData("various")]
    [InlineData("SAMPLES")]
    [InlineData("GENERAL                                  CARGO")]
    public void The_closed_list_is_vague_after_trimming_collapsing_and_upper_casing(string description) =>
        Assert.True(GoodsDescription.IsVague(description));

    [Theory]
    [InlineData("GENERAL CARGO PARTS")]
    [InlineData("SAMPLE")]
    [InlineData("GENERAL\tCARGO")]
    [InlineData("")]
    [InlineData("MOBILE PHONE PARTS")]
    public void Anything_else_is_not_vague(string description) => Assert.False(GoodsDescription.IsVague(description));
}
