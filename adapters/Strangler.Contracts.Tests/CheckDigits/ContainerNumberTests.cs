using Strangler.Contracts.CheckDigits;

namespace Strangler.Contracts.Tests.CheckDigits;

public sealed class ContainerNumberTests
{
    [Theory]
    [InlineData("MSCU1234566")]
    [InlineData("CSQU3054383")]
    public void Contract_examples_are_valid(string number) => Assert.True(ContainerNumber.IsValid(number));

    [Theory]
    [InlineData("MSCU1234567")]
    [InlineData("MSCX1234566")]
    [InlineData("MSC1234566")]
    [InlineData("mscu1234566")]
    [InlineData("MSCU12345661")]
    public void Wrong_check_digit_category_or_shape_is_invalid(string number) => Assert.False(ContainerNumber.IsValid(number));

    [Fact]
    public void Letters_skip_the_multiples_of_eleven()
    {
        // A=10, B=12 (11 skipped), K=21, L=23 (22 skipped), U=32, V=34 (33 skipped):
        // "AAAU000000" = 10*(1+2+4) + 32*8 = 326, 326 mod 11 = 7.
        Assert.Equal('7', ContainerNumber.CheckDigit("AAAU000000"));
        // "BBBU000000" = 12*7 + 256 = 340, mod 11 = 10 → 0.
        Assert.Equal('0', ContainerNumber.CheckDigit("BBBU000000"));
        // "LLLU000000" = 23*7 + 256 = 417, mod 11 = 10 → 0; "VVVU000000" = 34*7 + 256 = 494, mod 11 = 10 → 0.
        Assert.Equal('0', ContainerNumber.CheckDigit("LLLU000000"));
        Assert.Equal('0', ContainerNumber.CheckDigit("VVVU000000"));
        // "KKKU000000" = 21*7 + 256 = 403, mod 11 = 7.
        Assert.Equal('7', ContainerNumber.CheckDigit("KKKU000000"));
    }
}
