using System.Text;
using static Strangler.RocarsXml.Tests.Fixture;

namespace Strangler.RocarsXml.Tests;

public sealed class LayoutTests
{
    private const string Root = "<AciSubmission xmlns=\"urn:hk:rocars:1\">";
    private const string Consignee = "<Consignee><Name>ACME TRADING LTD</Name><Address>12 SAMPLE ROAD, KWUN TONG</Address></Consignee>";
    private const string Article = "<Article><Description>MOBILE PHONE PARTS</Description><HsCode>85177900</HsCode><GrossWeightKg>420.500</GrossWeightKg><ValueHkd>88000.00</ValueHkd></Article>";

    public static TheoryData<string, string> NotOfTheLayout => new()
    {
        { "a DOCTYPE", AciWith(Declaration, Declaration + "<!DOCTYPE AciSubmission>") },
        { "no namespace", AciWith(Root, "<AciSubmission>") },
        { "another namespace on the root", AciWith(Root, "<AciSubmission xmlns=\"urn:hk:rocars:2\">") },
        { "another namespace on a child", AciWith("<Function>ORIGINAL</Function>", "<Function xmlns=\"urn:other\">ORIGINAL</Function>") },
        { "another root", Bundle },
        { "a missing mandatory element", AciWith(Consignee, string.Empty) },
        { "a missing MessageId", AciWith("<MessageId>ACI-0001</MessageId>", string.Empty) },
        { "an empty element", AciWith("<Name>ACME TRADING LTD</Name>", "<Name></Name>") },
        { "a self-closed element", AciWith("<Name>ACME TRADING LTD</Name>", "<Name/>") },
        { "a whitespace-only value", AciWith("<Name>ACME TRADING LTD</Name>", "<Name> \t\r\n </Name>") },
        { "a Name of 71 characters", AciWith("ACME TRADING LTD", new string('N', 71)) },
        { "an Address of 71 characters", AciWith("12 SAMPLE ROAD, KWUN TONG", new string('A', 71)) },
        { "a Packages Description of 36 characters", AciWith("CARTONS", new string('C', 36)) },
        { "an Article Description of 281 characters", AciWith("MOBILE PHONE PARTS", new string('D', 281)) },
        { "a MessageId of 36 characters", AciWith("ACI-0001", new string('M', 36)) },
        { "an unlisted Function", AciWith("ORIGINAL", "NEW") },
        { "a Direction in lower case", AciWith("IMPORT", "import") },
        { "a Count with a letter", AciWith("<Count>40</Count>", "<Count>4a</Count>") },
        { "a Count of zero", AciWith("<Count>40</Count>", "<Count>000</Count>") },
        { "a signed Count", AciWith("<Count>40</Count>", "<Count>+40</Count>") },
        { "a decimal Count", AciWith("<Count>40</Count>", "<Count>40.0</Count>") },
        { "a date-time without offset", AciWith("2026-11-26T15:00:00+08:00", "2026-11-26T15:00:00") },
        { "a date only", AciWith("2026-11-26T15:00:00+08:00", "2026-11-26+08:00") },
        { "an impossible date", AciWith("2026-11-26T15:00:00+08:00", "2026-02-30T15:00:00+08:00") },
        { "an offset beyond 14 hours", AciWith("2026-11-26T15:00:00+08:00", "2026-11-26T15:00:00+14:30") },
        { "text between elements", AciWith("<Shipper><Name>", "<Shipper>SWIFT<Name>") },
        { "text after the last child", AciWith("</Articles>", "</Articles>tail") },
        { "an element out of order", AciWith("<Direction>IMPORT</Direction><ControlPoint>LMC</ControlPoint>", "<ControlPoint>LMC</ControlPoint><Direction>IMPORT</Direction>") },
        { "a repeated element", AciWith(Consignee, Consignee + Consignee) },
        { "a repeated MessageId", AciWith("<Function>ORIGINAL</Function>", "<MessageId>X</MessageId><Function>ORIGINAL</Function>") },
        { "no Article", AciWith(Article, string.Empty) },
        { "100 Articles", AciWith(Article, string.Concat(Enumerable.Repeat(Article, 100))) },
        { "a Ccrn missing with AMEND", AciWith("ORIGINAL", "AMEND") },
        { "an undeclared entity", AciWith("ACI-0001", "&e;") },
        { "an unclosed element", AciWith("</AciSubmission>", string.Empty) },
    };

    public static TheoryData<string, string> UnknownOrNotAllowed => new()
    {
        { "an unknown element", AciWith(Consignee, Consignee + "<Remarks>x</Remarks>") },
        { "a known element in the wrong parent", AciWith("<Count>40</Count>", "<Count>40</Count><Name>x</Name>") },
        { "an element inside a value", AciWith("<Name>ACME TRADING LTD</Name>", "<Name>ACME <b>TRADING</b> LTD</Name>") },
        { "an attribute on a child", AciWith("<Name>ACME TRADING LTD</Name>", "<Name lang=\"en\">ACME TRADING LTD</Name>") },
        { "an attribute on the root", AciWith(Root, "<AciSubmission xmlns=\"urn:hk:rocars:1\" version=\"1\">") },
        { "xml:lang", AciWith("<Name>ACME TRADING LTD</Name>", "<Name xml:lang=\"en\">ACME TRADING LTD</Name>") },
        { "a schema location", AciWith(Root, "<AciSubmission xmlns=\"urn:hk:rocars:1\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"urn:hk:rocars:1 a.xsd\">") },
        { "a Ccrn with ORIGINAL", AciWith("</Function>", "</Function><Ccrn>C261126000000013</Ccrn>") },
        { "Source on /aci", AciWith("</Function>", "</Function><Source>CNSW</Source>") },
        { "Direction with CANCEL", AciWith("<Function>ORIGINAL</Function>", "<Function>CANCEL</Function><Ccrn>C261126000000013</Ccrn>") },
    };

    [Theory]
    [MemberData(nameof(NotOfTheLayout))]
    public void A_body_not_matching_the_layout_is_R001(string what, string xml)
    {
        Assert.True(AciCodes(xml) is ["R001"], what);
    }

    [Theory]
    [MemberData(nameof(UnknownOrNotAllowed))]
    public void An_unknown_or_not_allowed_element_or_attribute_is_R002(string what, string xml)
    {
        Assert.True(AciCodes(xml) is ["R002"], what);
    }

    [Theory]
    [InlineData("<Remarks>x</Remarks>", "", "R002")]
    [InlineData("<Remarks>x</Remarks>", "<Name></Name>", "R002")]
    [InlineData("", "<Name></Name><Remarks>x</Remarks>", "R001")]
    public void The_first_failure_in_document_order_decides_between_R001_and_R002(string early, string late, string code)
    {
        // early goes right after MessageId, late replaces the consignee's name.
        var xml = AciWith("</MessageId>", "</MessageId>" + early).Replace("<Name>ACME TRADING LTD</Name>", late.Length == 0 ? "<Name>ACME TRADING LTD</Name>" : late);
        Assert.Equal([code], AciCodes(xml));
    }

    [Fact]
    public void An_attribute_comes_before_the_value_it_decorates()
    {
        Assert.Equal(["R002"], AciCodes(AciWith("<Name>ACME TRADING LTD</Name>", "<Name id=\"1\"></Name>")));
    }

    [Fact]
    public void A_foreign_element_comes_before_a_later_unknown_one()
    {
        Assert.Equal(["R001"], AciCodes(AciWith("</Function>", "</Function><x:Note xmlns:x=\"urn:other\"/><Remarks/>")));
    }

    [Fact]
    public void Billion_laughs_is_R001_without_expanding_anything()
    {
        var lol = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        for (var i = 1; i < 10; i++)
        {
            lol.Append($"<!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat($"&lol{(i == 1 ? string.Empty : i - 1)};", 10))}\">");
        }

        lol.Append("]>").Append(Root).Append("<MessageId>&lol9;</MessageId></AciSubmission>");

        Assert.Equal(["R001"], AciCodes(lol.ToString()));
    }

    [Fact]
    public void An_external_entity_is_R001_without_resolving_it()
    {
        var marker = Path.Combine(Path.GetTempPath(), $"rocars-xxe-{Guid.NewGuid():N}.txt");
        File.WriteAllText(marker, "SECRET");
        try
        {
            var xml = $"<?xml version=\"1.0\"?><!DOCTYPE AciSubmission [<!ENTITY x SYSTEM \"file://{marker}\">]>" +
                      Aci[Declaration.Length..].Replace("ACI-0001", "&x;");

            var request = RocarsRequests.DecodeAci(Bytes(xml), RocarsEndpoint.Aci, Context());

            Assert.Equal(["R001"], Codes(request));
            Assert.Equal(string.Empty, request.AnswerMessageId);
        }
        finally
        {
            File.Delete(marker);
        }
    }

    [Fact]
    public void Prefixes_bound_to_the_namespace_are_accepted()
    {
        var prefixed = Aci.Replace("<", "<r:").Replace("<r:/", "</r:").Replace("<r:?xml", "<?xml")
            .Replace("xmlns=\"urn:hk:rocars:1\"", "xmlns:r=\"urn:hk:rocars:1\"");

        var request = RocarsRequests.DecodeAci(Bytes(prefixed), RocarsEndpoint.Aci, Context());

        Assert.Empty(request.Errors);
        Assert.Equal(Aci, Text(RocarsWriter.Write(request.Document!)));
    }

    [Fact]
    public void Namespace_declarations_comments_cdata_character_references_and_a_bom_are_accepted()
    {
        var xml = "\uFEFF" + AciWith("<Shipper>", "<!-- lodged by a forwarder --><Shipper xmlns:x=\"urn:other\">")
            .Replace("SWIFT FORWARDING LTD", "<![CDATA[SWIFT]]> &#70;ORWARDING LTD");

        var request = RocarsRequests.DecodeAci(Bytes(xml), RocarsEndpoint.Aci, Context());

        Assert.Empty(request.Errors);
        Assert.Equal("SWIFT FORWARDING LTD", request.Document!.Lodgement!.Shipper.Name);
    }

    [Fact]
    public void Values_are_read_after_whitespace_collapsing()
    {
        var xml = AciWith("<Name>SWIFT FORWARDING LTD</Name>", "<Name>\n   SWIFT \t FORWARDING\r\n LTD  </Name>")
            .Replace("<Count>40</Count>", "<Count> 0040 </Count>");

        var lodgement = RocarsReader.ReadAciSubmission(Bytes(xml), RocarsEndpoint.Aci).Document!.Lodgement!;

        Assert.Equal("SWIFT FORWARDING LTD", lodgement.Shipper.Name);
        Assert.Equal(40, lodgement.Packages.Count);
    }

    [Fact]
    public void Lengths_count_characters_not_bytes_or_utf16_units()
    {
        var xml = AciWith("ACME TRADING LTD", string.Concat(Enumerable.Repeat("\U00020000", 70)))
            .Replace("ACI-0001", new string('中', 35));

        Assert.Empty(AciCodes(xml));
    }

    [Fact]
    public void The_maximum_counts_and_lengths_are_accepted()
    {
        var xml = AciWith(Article, string.Concat(Enumerable.Repeat(Article, 99)))
            .Replace("ACME TRADING LTD", new string('N', 70))
            .Replace("CARTONS", new string('C', 35))
            .Replace("MOBILE PHONE PARTS", new string('D', 280))
            .Replace("ACI-0001", new string('M', 35));

        var request = RocarsRequests.DecodeAci(Bytes(xml), RocarsEndpoint.Aci, Context());

        Assert.Empty(request.Errors);
        Assert.Equal(99, request.Document!.Lodgement!.Articles.Count);
    }

    [Fact]
    public void Fifty_ccrns_are_accepted_and_fifty_one_are_R001()
    {
        string Ccrns(int n) => string.Concat(Enumerable.Range(1, n).Select(i => $"<Ccrn>{Contracts.CheckDigits.CcrnNumber.Create(Date, i)}</Ccrn>"));

        Assert.Empty(BundleCodes(BundleWith("<Ccrn>C261126000000013</Ccrn>", Ccrns(50))));
        Assert.Equal(["R001"], BundleCodes(BundleWith("<Ccrn>C261126000000013</Ccrn>", Ccrns(51))));
        Assert.Equal(["R001"], BundleCodes(BundleWith("<Ccrn>C261126000000013</Ccrn>", string.Empty)));
    }

    [Theory]
    [InlineData("UTF-8", "")]
    [InlineData("utf-8", "")]
    [InlineData("ISO-8859-1", "R001")]
    [InlineData("UTF-16", "R001")]
    public void A_declared_encoding_other_than_utf8_is_R001(string encoding, string codes)
    {
        var xml = AciWith(Declaration, $"<?xml version=\"1.0\" encoding=\"{encoding}\"?>");

        Assert.Equal(codes, string.Join(' ', AciCodes(xml)));
    }

    [Fact]
    public void Invalid_utf8_is_R001()
    {
        var bytes = Bytes(Aci);
        bytes[Aci.IndexOf("ACME", StringComparison.Ordinal)] = 0xC3;

        Assert.Equal(["R001"], Codes(RocarsRequests.DecodeAci(bytes, RocarsEndpoint.Aci, Context())));
    }

    [Fact]
    public void A_body_over_one_mebibyte_is_R001()
    {
        var padding = new string(' ', 1_048_576 - Aci.Length + 1);
        var xml = Aci.Replace("</Articles>", "</Articles>" + padding);

        Assert.Equal(["R001"], AciCodes(xml));
        Assert.Empty(AciCodes(Aci.Replace("</Articles>", "</Articles>" + padding[1..])));
    }

    [Theory]
    [InlineData("<MessageId>ACI-0001</MessageId>", "<MessageId> ACI-0001 </MessageId>", "ACI-0001")]
    [InlineData("<MessageId>ACI-0001</MessageId>", "<MessageId>MMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMM</MessageId>", "")]
    [InlineData("<MessageId>ACI-0001</MessageId>", "<Function>ORIGINAL</Function><MessageId>ACI-0001</MessageId>", "")]
    [InlineData("<MessageId>ACI-0001</MessageId>", "<x:MessageId xmlns:x=\"urn:other\">ACI-0001</x:MessageId>", "")]
    [InlineData("<Count>40</Count>", "<Count>0</Count>", "ACI-0001")]
    public void The_answer_message_id_is_the_first_child_message_id_of_1_to_35_characters(string find, string replace, string expected)
    {
        var request = RocarsRequests.DecodeAci(Bytes(AciWith(find, replace)), RocarsEndpoint.Aci, Context());

        Assert.Equal(expected, request.AnswerMessageId);
    }

    [Fact]
    public void An_R002_answer_is_recorded_and_an_R001_answer_is_not()
    {
        var r002 = RocarsRequests.DecodeAci(Bytes(AciWith("</Function>", "</Function><Remarks/>")), RocarsEndpoint.Aci, Context());
        var r001 = RocarsRequests.DecodeAci(Bytes(AciWith("<Count>40</Count>", "<Count>0</Count>")), RocarsEndpoint.Aci, Context());

        Assert.True(r002.IsRecorded);
        Assert.True(r002.IsRejectedAlone);
        Assert.False(r001.IsRecorded);
        Assert.Null(r001.Document);
    }
}
