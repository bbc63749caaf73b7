using Strangler.Contracts.CodeLists;
using Strangler.Facade.Routing.Edifact;

namespace Strangler.Facade.Routing.Tests.Edifact;

public sealed class EdifactRequestReaderSampleTests
{
    [Theory]
    [InlineData("gets/01-import-sea-accepted.edi", "IC0000001", "TRADELINK01", "CUSDEC", "LRN-2026-0001", TransportMode.Maritime)]
    [InlineData("gets/02-export-air-late-penalty.edi", "IC0000002", "TRADELINK01", "CUSDEC", "LRN-2026-0002", TransportMode.Air)]
    [InlineData("gets/03-vague-description-rejected.edi", "IC0000003", "TRADELINK01", "CUSDEC", "LRN-2026-0003", TransportMode.Road)]
    [InlineData("gets/05-pre-shipment-new-core.edi", "IC0000005", "TRADELINK01", "CUSDEC", "LRN-2026-0006", TransportMode.Air)]
    [InlineData("eman/01-sea-import-s1-accepted.edi", "EM0000001", "MSCUAGENT", "CUSCAR", "MSC-V123E-HKG-IM", TransportMode.Maritime)]
    [InlineData("eman/02-bad-container-check-digit.edi", "EM0000002", "MSCUAGENT", "CUSCAR", "MSC-V124E-HKG-IM", TransportMode.Maritime)]
    [InlineData("eman/03-air-import-s2-accepted.edi", "EM0000003", "CXCARGO", "CUSCAR", "CX251-HKG-IM", TransportMode.Air)]
    [InlineData("eman/04-package-total-mismatch.edi", "EM0000004", "MSCUAGENT", "CUSCAR", "MSC-V125E-HKG-IM", TransportMode.Maritime)]
    public void A_single_message_sample_gives_its_refs_document_number_and_mode(
        string sample, string interchangeRef, string sender, string type, string documentNumber, TransportMode mode)
    {
        var facts = EdifactRequestReader.Read(Bodies.Sample(sample));

        var expected = new EdifactRequestFacts(interchangeRef, sender, [new EdifactMessageFacts("M1", type, documentNumber, "9", mode, null)]);
        Assert.NotNull(facts);
        Assert.Equal(expected.InterchangeRef, facts.InterchangeRef);
        Assert.Equal(expected.SenderId, facts.SenderId);
        Assert.Equal(expected.Messages, facts.Messages);
        Assert.Equal(mode, facts.Messages[0].EffectiveMode);
    }

    [Fact]
    public void The_two_message_sample_gives_both_messages_in_order_even_with_a_wrong_unt()
    {
        var facts = EdifactRequestReader.Read(Bodies.Sample("gets/04-two-messages-one-bad-unt.edi"));

        Assert.NotNull(facts);
        Assert.Equal("IC0000004", facts.InterchangeRef);
        Assert.Equal(
            [
                new EdifactMessageFacts("M1", "CUSDEC", "LRN-2026-0004", "9", TransportMode.Road, null),
                new EdifactMessageFacts("M2", "CUSDEC", "LRN-2026-0005", "9", TransportMode.Road, null),
            ],
            facts.Messages);
    }

    [Fact]
    public void Every_gets_and_eman_sample_is_read_with_a_mode_for_every_message()
    {
        var samples = Bodies.All("gets").Concat(Bodies.All("eman")).ToList();

        Assert.Equal(9, samples.Count);
        foreach (var (path, body) in samples)
        {
            var facts = EdifactRequestReader.Read(body);
            Assert.True(facts is { Messages.Count: > 0 }, path);
            Assert.All(facts!.Messages, m => Assert.NotNull(m.EffectiveMode));
        }
    }

    [Fact]
    public void A_byte_order_mark_and_crlf_between_segments_read_the_same_as_the_sample()
    {
        var sample = Bodies.SampleText("gets/01-import-sea-accepted.edi");
        var crlf = Bodies.WithBom(Bodies.Utf8(sample.Replace("'\n", "'\r\n", StringComparison.Ordinal)));

        var plain = EdifactRequestReader.Read(Bodies.Utf8(sample));
        var variant = EdifactRequestReader.Read(crlf);

        Assert.NotNull(plain);
        Assert.Equal(plain, variant);
        Assert.Equal(TransportMode.Maritime, variant!.Messages[0].Mode);
    }

    [Fact]
    public void A_mixed_mode_interchange_crafted_from_two_samples_gives_each_message_its_own_mode()
    {
        var sea = MessageOf(Bodies.SampleText("gets/01-import-sea-accepted.edi"));
        var air = MessageOf(Bodies.SampleText("gets/02-export-air-late-penalty.edi")).Replace("M1", "M2", StringComparison.Ordinal);
        var body = "UNA:+.? 'UNB+UNOC:3+TRADELINK01:ZZZ+HKGETS:ZZZ+261126:1200+IC0000010'\n" + sea + air + "UNZ+2+IC0000010'\n";

        var facts = EdifactRequestReader.Read(Bodies.Utf8(body));

        Assert.NotNull(facts);
        Assert.Equal(["M1", "M2"], facts.Messages.Select(m => m.MessageRef));
        Assert.Equal([TransportMode.Maritime, TransportMode.Air], facts.Messages.Select(m => m.EffectiveMode));
        Assert.Equal(["LRN-2026-0001", "LRN-2026-0002"], facts.Messages.Select(m => m.DocumentNumber));
    }

    private static string MessageOf(string interchange)
    {
        var start = interchange.IndexOf("UNH+", StringComparison.Ordinal);
        var end = interchange.IndexOf("UNZ+", StringComparison.Ordinal);
        return interchange[start..end];
    }
}
