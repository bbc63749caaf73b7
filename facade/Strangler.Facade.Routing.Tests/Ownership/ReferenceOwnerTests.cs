using Strangler.Contracts.CodeLists;
using Strangler.Contracts.References;
using Strangler.Facade.Routing.Ownership;

namespace Strangler.Facade.Routing.Tests.Ownership;

public sealed class ReferenceOwnerTests
{
    [Theory]
    [InlineData("TD12611260000042", IssuerBlock.Legacy, TransportMode.Maritime)]
    [InlineData("TD42611265000001", IssuerBlock.NewCore, TransportMode.Air)]
    [InlineData("EM82611264999999", IssuerBlock.Legacy, TransportMode.InlandWater)]
    [InlineData("EM22611269000000", IssuerBlock.NewCore, TransportMode.Rail)]
    [InlineData("C261126000000013", IssuerBlock.Legacy, TransportMode.Road)]
    [InlineData("B26112650000001", IssuerBlock.NewCore, TransportMode.Road)]
    [InlineData("A261126000000001", IssuerBlock.Legacy, TransportMode.Air)]
    public void A_reference_tells_its_issuer_and_mode(string reference, IssuerBlock issuer, TransportMode mode)
    {
        Assert.True(ReferenceOwner.TryIssuer(reference, out var actualIssuer, out var actualMode));
        Assert.Equal((issuer, mode), (actualIssuer, actualMode));
    }

    [Fact]
    public void An_answer_interchange_ref_tells_its_issuer_but_no_mode()
    {
        Assert.True(ReferenceOwner.TryIssuer("R5000000000001", out var issuer, out var mode));
        Assert.Equal(IssuerBlock.NewCore, issuer);
        Assert.Null(mode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("TD52611260000042")]
    [InlineData("TD12613260000042")]
    [InlineData("C261126000000014")]
    [InlineData("td12611260000042")]
    [InlineData("160-12345675")]
    public void Text_that_is_no_reference_has_no_issuer(string? text)
    {
        Assert.False(ReferenceOwner.TryIssuer(text, out _, out var mode));
        Assert.Null(mode);
    }
}
