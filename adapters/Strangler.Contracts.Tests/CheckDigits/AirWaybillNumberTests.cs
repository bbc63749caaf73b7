using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Strangler.Contracts.CheckDigits;

namespace Strangler.Contracts.Tests.CheckDigits;

public sealed class AirWaybillNumberTests
{
    [Theory]
    [InlineData("160-12345675")]
    [InlineData("160-22222222")]
    [InlineData("000-00000000")]
    public void Contract_examples_are_valid(string awb) => Assert.True(AirWaybillNumber.IsValid(awb));

    [Theory]
    [InlineData("160-12345676")]
    [InlineData("160-1234567")]
    [InlineData("16-123456755")]
    [InlineData("160 12345675")]
    [InlineData("160-1234567A")]
    [InlineData("")]
    public void Wrong_check_digit_or_shape_is_invalid(string awb) => Assert.False(AirWaybillNumber.IsValid(awb));

    [Property]
    public bool Every_stem_with_its_check_digit_is_valid_and_every_other_digit_is_not(NonNegativeInt seed)
    {
        var stem = seed.Get % 10_000_000;
        var check = AirWaybillNumber.CheckDigit(stem);
        var valid = AirWaybillNumber.IsValid($"176-{stem:D7}{check}");
        var othersInvalid = Enumerable.Range(0, 10).Select(d => (char)('0' + d)).Where(d => d != check)
            .All(d => !AirWaybillNumber.IsValid($"176-{stem:D7}{d}"));
        return valid && othersInvalid;
    }
}
