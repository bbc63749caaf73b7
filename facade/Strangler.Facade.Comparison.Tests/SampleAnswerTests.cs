using Strangler.Contracts.References;

namespace Strangler.Facade.Comparison.Tests;

public sealed class SampleAnswerTests
{
    [Theory]
    [MemberData(nameof(SampleAnswers.Files), MemberType = typeof(SampleAnswers))]
    public void Each_sample_answer_compared_with_itself_is_equal(string file)
    {
        var answer = SampleAnswers.Answer(file, AnswerStamp.Legacy);

        var comparison = Compare.Ok(Compare.InterfaceOf(file), answer, answer.ToArray());

        Assert.Equal(ComparisonVerdict.Equal, comparison.Verdict);
        Assert.Empty(comparison.Differences);
    }

    [Theory]
    [MemberData(nameof(SampleAnswers.Files), MemberType = typeof(SampleAnswers))]
    public void The_other_systems_answer_differing_only_in_declared_fields_is_equal(string file)
    {
        var legacy = SampleAnswers.Answer(file, AnswerStamp.Legacy);
        var newCore = SampleAnswers.Answer(file, AnswerStamp.NewCore);

        var comparison = Compare.Ok(Compare.InterfaceOf(file), legacy, newCore);

        Assert.Equal(ComparisonVerdict.Equal, comparison.Verdict);
        Assert.Empty(comparison.Differences);
    }

    [Fact]
    public void The_stamps_really_differ_in_answer_ref_time_and_issuer()
    {
        // Guards the test above: it must compare answers that are not byte-identical.
        Assert.NotEqual(SampleAnswers.Text("gets/01-import-sea-accepted.edi", AnswerStamp.Legacy),
            SampleAnswers.Text("gets/01-import-sea-accepted.edi", AnswerStamp.NewCore));
        Assert.True(ReferenceNumber.TryParse(SampleAnswers.Ccrn(AnswerStamp.NewCore), out var ccrn));
        Assert.Equal(IssuerBlock.NewCore, ccrn!.Issuer);
        Assert.True(ReferenceNumber.TryParse(SampleAnswers.Receipt(AnswerStamp.Legacy), out var receipt));
        Assert.Equal(IssuerBlock.Legacy, receipt!.Issuer);
    }

    [Theory]
    [InlineData("gets/01-import-sea-accepted.edi", "CUSRES")]
    [InlineData("eman/02-bad-container-check-digit.edi", "CUSRES")]
    [InlineData("rocars/01-aci-accepted.xml", "AciResponse")]
    [InlineData("rocars/04-bundle.xml", "BundleResponse")]
    [InlineData("rocars/06-not-well-formed.xml", "AciResponse")]
    [InlineData("accs/01-fwb-accepted.txt", "FMA")]
    [InlineData("accs/05-fhl-totals-mismatch.txt", "FNA")]
    public void The_answered_message_type_is_read_from_the_answer(string file, string expected)
    {
        var answer = SampleAnswers.Answer(file, AnswerStamp.Legacy);

        Assert.Equal(expected, Compare.Ok(Compare.InterfaceOf(file), answer, answer).MessageType);
    }
}
