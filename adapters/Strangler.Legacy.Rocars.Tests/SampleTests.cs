using System.Net;
using Strangler.Contracts.Testing;

namespace Strangler.Legacy.Rocars.Tests;

/// <summary>Every ROCARS contract sample, in name order on a fresh store, gives its expected answer over HTTP.</summary>
public abstract class SampleTests(bool onPostgres) : RocarsHost(onPostgres)
{
    private const string Declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";

    [Fact]
    public async Task Contract_samples_get_their_expected_answers_byte_for_byte()
    {
        var answers = new Dictionary<string, Answer>();
        string CcrnOf(string file) => answers[file].Element("Ccrn")!;

        async Task<Answer> Post(string file, string key, string path)
        {
            var answer = await PostAsync(key, path, ContractSamples.Read("rocars/" + file, Now, CcrnOf));
            answers[file] = answer;
            Assert.Equal(HttpStatusCode.OK, answer.Status);
            Assert.Equal("application/xml; charset=utf-8", answer.ContentType);
            return answer;
        }

        var at = NowText;
        Assert.Equal(
            Declaration + "<AciResponse xmlns=\"urn:hk:rocars:1\"><MessageId>ACI-0001</MessageId><Status>ACCEPTED</Status>" +
            $"<Ccrn>C261126000000013</Ccrn><ReceivedAt>{at}</ReceivedAt></AciResponse>",
            (await Post("01-aci-accepted.xml", "test-shipper", "/rocars/xml/v1/aci")).Text);
        Assert.Equal(
            Declaration + "<AciResponse xmlns=\"urn:hk:rocars:1\"><MessageId>ACI-0002</MessageId><Status>REJECTED</Status>" +
            $"<ReceivedAt>{at}</ReceivedAt><Errors><Error code=\"R010\">ExpectedCrossing must be 30 minutes to 14 days after receipt.</Error></Errors></AciResponse>",
            (await Post("02-aci-too-late-rejected.xml", "test-shipper", "/rocars/xml/v1/aci")).Text);
        Assert.Equal(
            Declaration + "<AciResponse xmlns=\"urn:hk:rocars:1\"><MessageId>ACI-0003</MessageId><Status>REJECTED</Status>" +
            $"<ReceivedAt>{at}</ReceivedAt><Errors><Error code=\"R012\">Article description is too vague.</Error></Errors></AciResponse>",
            (await Post("03-aci-vague-rejected.xml", "test-shipper", "/rocars/xml/v1/aci")).Text);
        Assert.Equal(
            Declaration + "<BundleResponse xmlns=\"urn:hk:rocars:1\"><MessageId>BND-0001</MessageId><Status>BUNDLED</Status>" +
            $"<BundleRef>B26112600000001</BundleRef><ReceivedAt>{at}</ReceivedAt></BundleResponse>",
            (await Post("04-bundle.xml", "test-driver", "/rocars/xml/v1/bundles")).Text);

        var clearance = await GetAsync("test-driver", "/rocars/xml/v1/clearance?vrn=AB1234&controlPoint=LMC");
        Assert.Equal(HttpStatusCode.OK, clearance.Status);
        Assert.Equal(
            Declaration + "<ClearanceInstruction xmlns=\"urn:hk:rocars:1\"><Vrn>AB1234</Vrn><BundleRef>B26112600000001</BundleRef>" +
            $"<ControlPoint>LMC</ControlPoint><Instruction>GO</Instruction><IssuedAt>{at}</IssuedAt></ClearanceInstruction>",
            clearance.Text);

        Assert.Equal(
            Declaration + "<AciResponse xmlns=\"urn:hk:rocars:1\"><MessageId>ACI-0004</MessageId><Status>REJECTED</Status>" +
            $"<ReceivedAt>{at}</ReceivedAt><Errors><Error code=\"R021\">CCRN is in a bundle; unbundle it first.</Error></Errors></AciResponse>",
            (await Post("05-amend-bundled-rejected.xml", "test-shipper", "/rocars/xml/v1/aci")).Text);
        Assert.Equal(
            Declaration + "<AciResponse xmlns=\"urn:hk:rocars:1\"><MessageId></MessageId><Status>REJECTED</Status>" +
            $"<ReceivedAt>{at}</ReceivedAt><Errors><Error code=\"R001\">The message is not well-formed or does not match the layout.</Error></Errors></AciResponse>",
            (await Post("06-not-well-formed.xml", "test-shipper", "/rocars/xml/v1/aci")).Text);
    }

    [Fact]
    public async Task Sample_ccrn_carries_a_valid_check_digit_from_the_legacy_block()
    {
        var answer = await PostAsync("test-shipper", "/rocars/xml/v1/aci", ContractSamples.Read("rocars/01-aci-accepted.xml", Now));

        var ccrn = answer.Element("Ccrn")!;
        Assert.True(Strangler.Contracts.CheckDigits.CcrnNumber.IsValid(ccrn));
        Assert.True(Strangler.Contracts.References.ReferenceNumber.TryParse(ccrn, out var reference));
        Assert.Equal(Strangler.Contracts.References.IssuerBlock.Legacy, reference!.Issuer);
    }
}

public sealed class SampleTestsOnSqlite() : SampleTests(onPostgres: false);

public sealed class SampleTestsOnPostgres() : SampleTests(onPostgres: true);
