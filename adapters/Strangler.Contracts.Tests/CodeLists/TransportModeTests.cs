using Strangler.Contracts.CodeLists;

namespace Strangler.Contracts.Tests.CodeLists;

public sealed class TransportModeTests
{
    [Theory]
    [InlineData("1", "sea")]
    [InlineData("2", "rail")]
    [InlineData("3", "road")]
    [InlineData("4", "air")]
    [InlineData("8", "river")]
    public void Each_mode_code_belongs_to_one_cutover_unit(string code, string unit)
    {
        Assert.True(TransportModes.TryParseCode(code, out var mode));
        Assert.Equal(unit, mode.Unit().Name());
        Assert.Equal(code[0], mode.Code());
        Assert.True(TransportModes.TryParseUnit(unit, out var parsed));
        Assert.Equal(mode, parsed.Mode());
    }

    [Theory]
    [InlineData("5")]
    [InlineData("0")]
    [InlineData("11")]
    [InlineData("")]
    public void Other_codes_are_not_modes(string code) => Assert.False(TransportModes.TryParseCode(code, out _));

    [Theory]
    [InlineData("HKHKG", true)]
    [InlineData("CNSHA", true)]
    [InlineData("GB2LH", true)]
    [InlineData("HKHK1", false)]
    [InlineData("hkhkg", false)]
    [InlineData("HKHK", false)]
    public void Locodes_are_checked_for_form_only(string code, bool expected) => Assert.Equal(expected, CodeFormat.IsUnLocode(code));
}
