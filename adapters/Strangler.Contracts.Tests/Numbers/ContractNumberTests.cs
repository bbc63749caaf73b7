using Strangler.Contracts.Numbers;

namespace Strangler.Contracts.Tests.Numbers;

public sealed class ContractNumberTests
{
    [Theory]
    [InlineData("1500.500", '.', 3, "1500.500")]
    [InlineData("0012", '.', 0, "12")]
    [InlineData("12,5", ',', 2, "12.5")]
    [InlineData("0.001", '.', 3, "0.001")]
    public void Well_formed_numbers_are_read_exactly(string text, char mark, int decimals, string expected)
    {
        Assert.True(ContractNumber.TryParse(text, mark, decimals, out var value));
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("+1")]
    [InlineData("1e3")]
    [InlineData("1,000")]
    [InlineData(".5")]
    [InlineData("5.")]
    [InlineData("1.2345")]
    [InlineData("")]
    [InlineData(" 1")]
    [InlineData("1.2.3")]
    public void Malformed_or_too_precise_numbers_are_refused(string text) =>
        Assert.False(ContractNumber.TryParse(text, '.', 3, out _));

    [Fact]
    public void Zero_is_not_positive()
    {
        Assert.True(ContractNumber.TryParse("0.000", '.', 3, out _));
        Assert.False(ContractNumber.TryParsePositive("0.000", '.', 3, out _));
    }

    [Fact]
    public void Output_amounts_have_two_decimals_and_weights_three()
    {
        Assert.Equal("7.00", ContractNumber.FormatAmount(7m));
        Assert.Equal("1500.500", ContractNumber.FormatWeight(1500.5m));
    }

    [Theory]
    [InlineData("0.325", 1, "0.3")]
    [InlineData("0.45", 1, "0.5")]
    [InlineData("1.95", 1, "2.0")]
    [InlineData("-0.25", 1, "-0.3")]
    public void Rounding_is_half_away_from_zero(string value, int decimals, string expected) =>
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture),
            ContractNumber.RoundHalfUp(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), decimals));
}
