using System.Text;
using static Strangler.RocarsXml.Tests.Fixture;

namespace Strangler.RocarsXml.Tests;

public sealed class RobustnessTests
{
    [Theory]
    [InlineData("</Function>", "R002")]
    [InlineData("<Name>ACME TRADING LTD", "R002")]
    [InlineData("<Count>40", "R002")]
    public void Deeply_nested_elements_are_answered_without_exhausting_the_stack(string after, string code)
    {
        const int depth = 100_000;
        var nested = new StringBuilder(depth * 8);
        nested.Insert(0, "<a>", depth).Insert(nested.Length, "</a>", depth);
        var xml = AciWith(after, after + nested);

        Assert.Equal([code], AciCodes(xml));
    }

    [Fact]
    public void A_deeply_nested_body_in_another_namespace_is_R001()
    {
        var nested = new StringBuilder().Insert(0, "<x>", 50_000).Insert(50_000 * 3, "</x>", 50_000).ToString();

        Assert.Equal(["R001"], AciCodes(Declaration + nested));
    }

    [Fact]
    public void A_mebibyte_of_nesting_or_attributes_is_answered_R002_without_failing()
    {
        var depth = (1_048_576 - Aci.Length) / 7;
        var nested = AciWith("</Function>", "</Function>" + new StringBuilder().Insert(0, "<a>", depth).Insert(depth * 3, "</a>", depth));
        var attributes = new StringBuilder();
        for (var i = 0; attributes.Length < 1_000_000; i++)
        {
            attributes.Append(" a").Append(i).Append("=\"\"");
        }

        Assert.Equal(["R002"], AciCodes(nested));
        Assert.Equal(["R002"], AciCodes(AciWith("<Name>ACME TRADING LTD</Name>", $"<Name{attributes}>ACME TRADING LTD</Name>")));
    }

    [Theory]
    [InlineData("")]
    [InlineData("\uFEFF")]
    [InlineData("   ")]
    [InlineData("<?xml version=\"1.0\"?>")]
    [InlineData("<AciSubmission xmlns=\"urn:hk:rocars:1\"/>")]
    [InlineData("<AciSubmission xmlns=\"urn:hk:rocars:1\"></AciSubmission><AciSubmission xmlns=\"urn:hk:rocars:1\"></AciSubmission>")]
    public void Empty_and_truncated_bodies_are_R001(string body)
    {
        Assert.Equal(["R001"], AciCodes(body));
    }
}
