using Strangler.Contracts.References;
using Strangler.Facade.Routing.Rocars;

namespace Strangler.Facade.Routing.Tests.Rocars;

public sealed class RocarsRequestReaderTests
{
    private const string Ns = "xmlns=\"urn:hk:rocars:1\"";

    private static RocarsRequestFacts? Read(string body) => RocarsRequestReader.Read(Bodies.Utf8(body));

    [Theory]
    [InlineData("rocars/01-aci-accepted.xml", "ACI-0001")]
    [InlineData("rocars/02-aci-too-late-rejected.xml", "ACI-0002")]
    [InlineData("rocars/03-aci-vague-rejected.xml", "ACI-0003")]
    public void An_original_aci_sample_gives_its_message_id_and_names_nothing(string sample, string messageId)
    {
        var facts = RocarsRequestReader.Read(Bodies.Sample(sample));

        Assert.Equal(new RocarsRequestFacts("AciSubmission", true, messageId, "ORIGINAL", null, null, null, null), facts);
    }

    [Fact]
    public void The_bundle_sample_gives_its_vrn_and_first_ccrn()
    {
        var facts = RocarsRequestReader.Read(Bodies.Sample("rocars/04-bundle.xml"));

        Assert.Equal(new RocarsRequestFacts("BundleSubmission", true, "BND-0001", null, null, null, "AB1234", Bodies.Ccrn), facts);
    }

    [Fact]
    public void The_amendment_sample_names_its_ccrn_with_the_issuer()
    {
        var facts = RocarsRequestReader.Read(Bodies.Sample("rocars/05-amend-bundled-rejected.xml"));

        Assert.NotNull(facts);
        Assert.Equal(("ACI-0004", "AMEND", Bodies.Ccrn), (facts.MessageId, facts.Function, facts.NamedCcrn));
        Assert.Equal(ReferenceKind.Ccrn, facts.Names!.Kind);
        Assert.Equal(IssuerBlock.Legacy, facts.Names.Issuer);
    }

    [Fact]
    public void The_not_well_formed_sample_is_null() =>
        Assert.Null(RocarsRequestReader.Read(Bodies.Sample("rocars/06-not-well-formed.xml")));

    [Fact]
    public void Every_rocars_sample_but_the_broken_one_is_read()
    {
        var read = Bodies.All("rocars").Where(s => RocarsRequestReader.Read(s.Body) is not null).Select(s => s.Path);

        Assert.Equal(
            ["rocars/01-aci-accepted.xml", "rocars/02-aci-too-late-rejected.xml", "rocars/03-aci-vague-rejected.xml",
             "rocars/04-bundle.xml", "rocars/05-amend-bundled-rejected.xml"],
            read);
    }

    [Theory]
    [InlineData("<!DOCTYPE AciSubmission [<!ENTITY x \"ACI-9\">]><AciSubmission " + Ns + "><MessageId>&x;</MessageId></AciSubmission>")]
    [InlineData("<!DOCTYPE AciSubmission SYSTEM \"file:///etc/passwd\"><AciSubmission " + Ns + "><MessageId>A</MessageId></AciSubmission>")]
    [InlineData("<AciSubmission " + Ns + "><MessageId>&x;</MessageId></AciSubmission>")]
    [InlineData("<AciSubmission " + Ns + "><MessageId>A</MessageId>")]
    [InlineData("<AciSubmission " + Ns + "><MessageId>A</Message></AciSubmission>")]
    [InlineData("just text")]
    [InlineData("")]
    [InlineData("<?xml version=\"1.0\"?>")]
    public void A_dtd_an_entity_or_a_body_that_is_not_well_formed_is_null(string body) => Assert.Null(Read(body));

    [Fact]
    public void Prefixed_elements_are_read_and_values_are_whitespace_collapsed()
    {
        var facts = Read("<r:AciSubmission xmlns:r=\"urn:hk:rocars:1\">\n  <r:MessageId>\t ACI \r\n  7 </r:MessageId>" +
            "<r:Function>CANCEL</r:Function><r:Ccrn> C261126000000013 </r:Ccrn></r:AciSubmission>");

        Assert.NotNull(facts);
        Assert.Equal(("AciSubmission", true, "ACI 7", "CANCEL"), (facts.RootElement, facts.InRocarsNamespace, facts.MessageId, facts.Function));
        Assert.Equal("C261126000000013", facts.NamedCcrn);
        Assert.Equal(ReferenceKind.Ccrn, facts.Names!.Kind);
    }

    [Fact]
    public void Cdata_and_comments_inside_a_value_are_read_as_its_text()
    {
        var facts = Read("<AciSubmission " + Ns + "><MessageId><![CDATA[ACI]]>-<!-- note -->1</MessageId></AciSubmission>");

        Assert.Equal("ACI-1", facts!.MessageId);
    }

    [Fact]
    public void Elements_in_another_namespace_are_not_read()
    {
        var foreign = Read("<AciSubmission xmlns=\"urn:other\"><MessageId>A</MessageId></AciSubmission>");
        var mixed = Read("<AciSubmission " + Ns + "><x:MessageId xmlns:x=\"urn:other\">X</x:MessageId><MessageId>A</MessageId></AciSubmission>");

        Assert.Equal(new RocarsRequestFacts("AciSubmission", false, null, null, null, null, null, null), foreign);
        Assert.Equal("A", mixed!.MessageId);
    }

    [Fact]
    public void A_value_holding_an_element_or_nothing_is_null()
    {
        var facts = Read("<AciSubmission " + Ns + "><MessageId>A<b/></MessageId><Function>  </Function><Ccrn/></AciSubmission>");

        Assert.Equal(new RocarsRequestFacts("AciSubmission", true, null, null, null, null, null, null), facts);
    }

    [Fact]
    public void A_ccrn_that_fails_its_check_digit_is_kept_as_text_but_names_nothing()
    {
        var facts = Read("<AciSubmission " + Ns + "><MessageId>A</MessageId><Function>AMEND</Function><Ccrn>C261126000000014</Ccrn></AciSubmission>");

        Assert.Equal("C261126000000014", facts!.NamedCcrn);
        Assert.Null(facts.Names);
    }

    [Fact]
    public void Only_the_first_ccrn_of_the_ccrns_list_counts_and_ccrns_elsewhere_do_not()
    {
        var facts = Read("<BundleSubmission " + Ns + "><MessageId>B</MessageId><Vrn>XY12</Vrn>" +
            "<Other><Ccrn>C0</Ccrn></Other><Ccrns><Ccrn>C1</Ccrn><Ccrn>C2</Ccrn></Ccrns></BundleSubmission>");

        Assert.Equal(("XY12", "C1", null), (facts!.Vrn, facts.FirstCcrn, facts.NamedCcrn));
    }

    [Fact]
    public void A_byte_order_mark_is_skipped_and_invalid_utf8_is_null()
    {
        var body = Bodies.Sample("rocars/01-aci-accepted.xml");
        byte[] broken = [.. Bodies.Utf8("<AciSubmission " + Ns + "><MessageId>"), 0xFF, .. Bodies.Utf8("</MessageId></AciSubmission>")];

        Assert.Equal("ACI-0001", RocarsRequestReader.Read(Bodies.WithBom(body))!.MessageId);
        Assert.Null(RocarsRequestReader.Read(broken));
    }

    [Fact]
    public void A_mebibyte_of_nesting_is_read_without_failing()
    {
        var depth = 100_000;
        var body = "<AciSubmission " + Ns + "><MessageId>DEEP</MessageId><Shipper>" + string.Concat(Enumerable.Repeat("<a>", depth)) +
            string.Concat(Enumerable.Repeat("</a>", depth)) + "</Shipper></AciSubmission>";

        Assert.Equal("DEEP", Read(body)!.MessageId);
    }
}
