using System.Text;
using Strangler.Contracts.CodeLists;
using Strangler.Facade.ControlPlane;
using Strangler.Facade.Routing;
using Strangler.Facade.Routing.Edifact;
using Strangler.Facade.Routing.Ownership;
using Strangler.Facade.Routing.Rocars;
using Strangler.Facade.Testing;

namespace Strangler.Facade.Tests;

/// <summary>The routing rules on their own (facade/README.md "Routing"), one decision per test.</summary>
public sealed class RoutePlannerTests
{
    private static readonly DateTimeOffset Now = StranglerStack.Noon;

    [Fact]
    public void An_interface_whose_units_are_all_legacy_or_all_complete_goes_unread_to_that_side()
    {
        var snapshot = Snapshot();
        Assert.Equal(Side.Legacy, RoutePlanner.UniformSide(ContractInterface.Gets, snapshot));
        var air = snapshot.With(2, Now, CutoverUnit.Air, new StageSetting(Stage.Shadow, 0));
        Assert.Null(RoutePlanner.UniformSide(ContractInterface.Gets, air));
        Assert.Null(RoutePlanner.UniformSide(ContractInterface.Accs, air));
        Assert.Equal(Side.Legacy, RoutePlanner.UniformSide(ContractInterface.Rocars, air));
        Assert.Equal(Side.Core, RoutePlanner.UniformSide(ContractInterface.Accs, Snapshot((CutoverUnit.Air, Stage.Complete, 0))));
    }

    [Theory]
    [InlineData(Stage.Shadow, Side.Legacy, Side.Core)]
    [InlineData(Stage.Live, Side.Core, Side.Legacy)]
    [InlineData(Stage.Complete, Side.Core, null)]
    public void A_gets_original_goes_by_the_stage_of_its_modes_unit(Stage stage, Side primary, Side? mirror)
    {
        var plan = Plan(ContractInterface.Gets, "POST", "/gets/v1/messages", Edifact(Gets.Message(Now, "M1", '1', "L1")), Snapshot((CutoverUnit.Sea, stage, 0)));
        Assert.Equal((primary, mirror, CutoverUnit.Sea, RouteBasis.Stage), (plan.Primary, plan.Mirror, plan.Unit!.Value, plan.Basis));
    }

    [Theory]
    [InlineData("TD12611265000001", Stage.Shadow, Side.Core, Side.Legacy)]
    [InlineData("TD12611260000001", Stage.Live, Side.Legacy, Side.Core)]
    [InlineData("TD12611265000001", Stage.Legacy, Side.Legacy, null)]
    [InlineData("TD12611260000001", Stage.Complete, Side.Core, null)]
    public void An_amendment_goes_to_the_issuer_of_the_number_it_names_while_both_systems_run(string tdec, Stage stage, Side primary, Side? mirror)
    {
        var snapshot = Snapshot((CutoverUnit.Sea, stage, 0), (CutoverUnit.Air, Stage.Shadow, 0));
        var plan = Plan(ContractInterface.Gets, "POST", "/gets/v1/messages", Edifact(Gets.Message(Now, "M1", '1', "L1", amends: tdec)), snapshot);
        Assert.Equal((primary, mirror), (plan.Primary, plan.Mirror));
        var read = Plan(ContractInterface.Gets, "GET", $"/gets/v1/declarations/{tdec}", null, snapshot);
        Assert.Equal((primary, mirror, RequestKind.Read), (read.Primary, read.Mirror, read.Kind));
    }

    [Fact]
    public void A_mixed_interchange_is_answered_by_its_first_messages_stage_and_mirrored_when_another_message_needs_the_other_side()
    {
        var snapshot = Snapshot((CutoverUnit.Sea, Stage.Live, 0));
        var airFirst = Plan(ContractInterface.Gets, "POST", "/gets/v1/messages",
            Edifact(Gets.Message(Now, "M1", '4', "L1"), Gets.Message(Now, "M2", '1', "L2")), snapshot);
        Assert.Equal((Side.Legacy, (Side?)Side.Core, CutoverUnit.Air), (airFirst.Primary, airFirst.Mirror, airFirst.Unit!.Value));
        var seaFirst = Plan(ContractInterface.Gets, "POST", "/gets/v1/messages",
            Edifact(Gets.Message(Now, "M1", '1', "L1"), Gets.Message(Now, "M2", '4', "L2")), snapshot);
        Assert.Equal((Side.Core, (Side?)Side.Legacy), (seaFirst.Primary, seaFirst.Mirror));
    }

    [Fact]
    public void A_body_whose_mode_cannot_be_read_goes_to_legacy_unmirrored()
    {
        var plan = Plan(ContractInterface.Eman, "POST", "/eman/v1/manifests", "not edifact"u8.ToArray(), Snapshot((CutoverUnit.Sea, Stage.Live, 0)));
        Assert.Equal((Side.Legacy, (Side?)null, RouteBasis.Unreadable), (plan.Primary, plan.Mirror, plan.Basis));
    }

    [Fact]
    public void In_canary_the_sticky_bucket_of_the_key_decides_and_the_same_key_always_lands_on_the_same_side()
    {
        var snapshot = Snapshot((CutoverUnit.Air, Stage.Canary, 30));
        foreach (var awb in new[] { "160-12345675", "160-22222222", "176-00000010", "618-12345671" })
        {
            var expected = StickyBucket.Of(awb) < 30 ? Side.Core : Side.Legacy;
            var plan = Plan(ContractInterface.Accs, "GET", $"/accs/v1/status/{awb}", null, snapshot);
            Assert.Equal((expected, (Side?)expected.Other(), RouteBasis.Canary), (plan.Primary, plan.Mirror, plan.Basis));
            Assert.Equal(plan, Plan(ContractInterface.Accs, "GET", $"/accs/v1/status/{awb}", null, snapshot));
        }
    }

    [Fact]
    public void A_bundle_and_the_clearance_query_for_its_vehicle_share_a_bucket_and_a_bundle_deletion_goes_to_its_issuer()
    {
        var snapshot = Snapshot((CutoverUnit.Road, Stage.Canary, 50));
        var bundle = Encoding.UTF8.GetBytes("<BundleSubmission xmlns=\"urn:hk:rocars:1\"><MessageId>B1</MessageId><Vrn>AB1234</Vrn><Ccrns><Ccrn>C2611260000001X</Ccrn></Ccrns></BundleSubmission>");
        var made = Plan(ContractInterface.Rocars, "POST", "/rocars/xml/v1/bundles", bundle, snapshot);
        var query = Plan(ContractInterface.Rocars, "GET", "/rocars/xml/v1/clearance", null, snapshot, "?vrn=AB1234&controlPoint=LMC");
        Assert.Equal(made.Primary, query.Primary);
        var deleted = Plan(ContractInterface.Rocars, "DELETE", "/rocars/xml/v1/bundles/B26112650000001", null, snapshot);
        Assert.Equal((Side.Core, RouteBasis.Issuer), (deleted.Primary, deleted.Basis));
    }

    [Fact]
    public void Feeds_of_an_interface_with_a_mirrored_unit_are_merged_and_unknown_paths_stay_with_legacy()
    {
        var snapshot = Snapshot((CutoverUnit.Sea, Stage.Shadow, 0));
        var feed = Plan(ContractInterface.Eman, "GET", "/eman/v1/notices", null, snapshot, "?after=3");
        Assert.Equal((RequestKind.Feed, (Side?)Side.Core), (feed.Kind, feed.Mirror));
        var unknown = Plan(ContractInterface.Eman, "GET", "/eman/v2/whatever", null, snapshot);
        Assert.Equal((Side.Legacy, (Side?)null), (unknown.Primary, unknown.Mirror));
    }

    private static RoutingSnapshot Snapshot(params (CutoverUnit Unit, Stage Stage, int Percent)[] stages) =>
        new(1, Now, stages.ToDictionary(s => s.Unit, s => new StageSetting(s.Stage, s.Percent)));

    private static byte[] Edifact(params string[] messages) => Gets.Interchange(Now, "IC1", messages);

    private static RoutePlan Plan(ContractInterface contractInterface, string method, string path, byte[]? body, RoutingSnapshot snapshot, string query = "")
    {
        var request = new RequestFacts
        {
            Method = method,
            Path = path,
            QueryValues = new Microsoft.AspNetCore.Http.QueryCollection(Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(query)),
            ApiKey = "test-key",
            Edifact = body is not null && contractInterface is ContractInterface.Gets or ContractInterface.Eman ? EdifactRequestReader.Read(body) : null,
            Rocars = body is not null && contractInterface == ContractInterface.Rocars ? RocarsRequestReader.Read(body) : null,
        };
        return RoutePlanner.Plan(contractInterface, request, snapshot);
    }
}
