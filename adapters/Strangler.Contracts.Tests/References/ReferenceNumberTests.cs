using Strangler.Contracts.CodeLists;
using Strangler.Contracts.References;

namespace Strangler.Contracts.Tests.References;

public sealed class ReferenceNumberTests
{
    [Theory]
    [InlineData("TD32611260000042", ReferenceKind.TdecNumber, IssuerBlock.Legacy)]
    [InlineData("TD42611265000001", ReferenceKind.TdecNumber, IssuerBlock.NewCore)]
    [InlineData("EM12611264999999", ReferenceKind.EmanRef, IssuerBlock.Legacy)]
    [InlineData("C260115000000019", ReferenceKind.Ccrn, IssuerBlock.Legacy)]
    [InlineData("B26112650000000", ReferenceKind.BundleRef, IssuerBlock.NewCore)]
    [InlineData("A261126500000000", ReferenceKind.AccsReceipt, IssuerBlock.NewCore)]
    [InlineData("R4000000000012", ReferenceKind.AnswerInterchangeRef, IssuerBlock.Legacy)]
    [InlineData("R5000000000000", ReferenceKind.AnswerInterchangeRef, IssuerBlock.NewCore)]
    public void A_number_tells_its_kind_and_issuer(string text, ReferenceKind kind, IssuerBlock issuer)
    {
        Assert.True(ReferenceNumber.TryParse(text, out var reference));
        Assert.Equal(kind, reference!.Kind);
        Assert.Equal(issuer, reference.Issuer);
    }

    [Fact]
    public void A_tdec_number_carries_its_mode_and_date()
    {
        Assert.True(ReferenceNumber.TryParse("TD32611260000042", out var reference));
        Assert.Equal(TransportMode.Road, reference!.Mode);
        Assert.Equal(new DateOnly(2026, 11, 26), reference.IssueDate);
        Assert.Equal(42, reference.Sequence);
    }

    [Theory]
    [InlineData("TD52611260000042")] // mode 5 does not exist
    [InlineData("TD32613260000042")] // month 13
    [InlineData("C260115000000018")] // CCRN check digit
    [InlineData("X261126000000001")]
    [InlineData("")]
    [InlineData(null)]
    public void Malformed_numbers_are_not_references(string? text) => Assert.False(ReferenceNumber.TryParse(text, out _));

    [Theory]
    [InlineData(7, 0L, 4_999_999L, 5_000_000L, 9_999_999L)]
    [InlineData(8, 0L, 49_999_999L, 50_000_000L, 99_999_999L)]
    [InlineData(12, 0L, 499_999_999_999L, 500_000_000_000L, 999_999_999_999L)]
    public void Number_blocks_meet_at_five_and_never_overlap(int width, long legacyFirst, long legacyLast, long coreFirst, long coreLast)
    {
        Assert.Equal(legacyFirst, IssuerBlock.Legacy.FirstSequence(width));
        Assert.Equal(legacyLast, IssuerBlock.Legacy.LastSequence(width));
        Assert.Equal(coreFirst, IssuerBlock.NewCore.FirstSequence(width));
        Assert.Equal(coreLast, IssuerBlock.NewCore.LastSequence(width));
        Assert.Equal(IssuerBlock.Legacy, IssuerBlocks.FromDigit(legacyLast.ToString($"D{width}")[0]));
        Assert.Equal(IssuerBlock.NewCore, IssuerBlocks.FromDigit(coreFirst.ToString($"D{width}")[0]));
    }
}
