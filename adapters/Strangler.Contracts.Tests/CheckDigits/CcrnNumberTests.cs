using Strangler.Contracts.CheckDigits;

namespace Strangler.Contracts.Tests.CheckDigits;

public sealed class CcrnNumberTests
{
    [Fact]
    public void Contract_example_is_valid() => Assert.True(CcrnNumber.IsValid("C260115000000019"));

    [Theory]
    [InlineData("C260115000000018")]
    [InlineData("D260115000000019")]
    [InlineData("C26011500000001")]
    [InlineData("C2601150000000199")]
    public void Wrong_check_or_shape_is_invalid(string ccrn) => Assert.False(CcrnNumber.IsValid(ccrn));

    [Fact]
    public void Products_are_summed_as_they_are_not_as_digits()
    {
        // Digits 9 at even weight-2 positions give 18, summed as 18 (not 1+8).
        // 14 digits "09090909090909": 0*1 + 9*2 … = 7 * 18 = 126 → 6.
        Assert.Equal('6', CcrnNumber.CheckDigit("09090909090909"));
    }

    [Fact]
    public void Create_builds_a_valid_number_from_date_and_sequence()
    {
        var ccrn = CcrnNumber.Create(new DateOnly(2026, 1, 15), 1);
        Assert.Equal("C260115000000019", ccrn);
        Assert.True(CcrnNumber.IsValid(CcrnNumber.Create(new DateOnly(2026, 11, 26), 50_000_001)));
    }
}
