using Strangler.Edifact.Cusres;

namespace Strangler.Legacy.Gets.Tests;

public abstract partial class GetsStandInTests
{
    private static readonly DateOnly SixDaysAgo = GetsHost.Day.AddDays(-6);

    private DateTimeOffset Now => Gets.Clock.GetUtcNow();

    private async Task<CusresMessage> LodgeAsync(string interchangeRef, string message, string key = "test-tradelink") =>
        (await Gets.PostReadAsync(Cusdec.Interchange(interchangeRef, Now, message), key)).Messages.Single();

    private static IEnumerable<string> Codes(CusresMessage message) => message.Errors.Select(e => e.Code);

    [Fact]
    public async Task An_amendment_keeps_the_tdec_number_answers_its_own_charge_and_becomes_what_get_shows()
    {
        var original = await LodgeAsync("IC1", Cusdec.Original("M1", "LRN-A", SixDaysAgo, value: "100000.00"));
        Gets.Clock.Advance(TimeSpan.FromMinutes(3));

        var amended = await LodgeAsync("IC2", Cusdec.Amendment("M7", "LRN-A", SixDaysAgo, original.IssuedReference!, value: "60000.00"));

        Assert.True(amended.Accepted, string.Join(",", Codes(amended)));
        Assert.Equal(original.IssuedReference, amended.IssuedReference);
        Assert.Equal([("161", "2.00")], amended.Amounts.Select(a => (a.Qualifier, a.Amount)));
        var (status, body) = await Gets.GetAsync("gets/v1/declarations/" + original.IssuedReference);
        Assert.Equal(200, status);
        var shown = GetsHost.Read(body);
        Assert.Equal("TRADELINK01", shown.Envelope.RecipientId);
        var current = shown.Messages.Single();
        Assert.Equal(("1", "IC2", "M7", "LRN-A"), (current.Reference, current.AnsweredInterchangeRef, current.AnsweredMessageRef, current.DocumentNumber));
        Assert.Equal(["AC"], current.Statuses);
        Assert.Equal([("161", "2.00")], current.Amounts.Select(a => (a.Qualifier, a.Amount)));
        Assert.Equal(new DateTimeOffset(2026, 11, 26, 12, 3, 0, TimeSpan.FromHours(8)), current.IssuedAt);
    }

    [Fact]
    public async Task An_amendment_that_changes_the_mode_or_the_family_is_answered_E010()
    {
        var original = await LodgeAsync("IC1", Cusdec.Original("M1", "LRN-A", SixDaysAgo));

        var otherMode = await LodgeAsync("IC2", Cusdec.Amendment("M1", "LRN-A", SixDaysAgo, original.IssuedReference!, mode: "4"));
        var otherFamily = await LodgeAsync("IC3", Cusdec.Amendment("M1", "LRN-A", SixDaysAgo, original.IssuedReference!, form: "2"));
        var otherLrn = await LodgeAsync("IC4", Cusdec.Amendment("M1", "LRN-B", SixDaysAgo, original.IssuedReference!));

        Assert.Equal(["E010"], Codes(otherMode));
        Assert.Equal(["E010"], Codes(otherFamily));
        Assert.Equal(["E010"], Codes(otherLrn));
    }

    [Fact]
    public async Task Amending_an_unknown_or_another_keys_tdec_number_is_E018_together_with_the_stateless_errors()
    {
        var original = await LodgeAsync("IC1", Cusdec.Original("M1", "LRN-A", SixDaysAgo));

        var unknown = await LodgeAsync("IC2", Cusdec.Amendment("M1", "LRN-A", SixDaysAgo, "TD12611260999999"));
        var others = await LodgeAsync("IC3", Cusdec.Amendment("M1", "LRN-A", SixDaysAgo, original.IssuedReference!), "test-other-provider");
        var vagueToo = await LodgeAsync("IC4", Cusdec.Original("M1", "LRN-X", SixDaysAgo, description: "FAK", function: "5", tdec: "TD12611260999999"));

        Assert.Equal(["E018"], Codes(unknown));
        Assert.Equal(["E018"], Codes(others));
        Assert.Equal(["E015", "E018"], Codes(vagueToo));
    }

    [Fact]
    public async Task A_cancellation_answers_CX_then_the_number_cannot_be_amended_and_its_lrn_stays_used()
    {
        var original = await LodgeAsync("IC1", Cusdec.Original("M1", "LRN-A", SixDaysAgo));
        Gets.Clock.Advance(TimeSpan.FromMinutes(1));

        var cancelled = await LodgeAsync("IC2", Cusdec.Cancellation("C1", "LRN-A", GetsHost.Day, original.IssuedReference!));

        Assert.True(cancelled.Accepted, string.Join(",", Codes(cancelled)));
        Assert.Equal(["CX"], cancelled.Statuses);
        Assert.Empty(cancelled.Amounts);
        Assert.Equal(original.IssuedReference, cancelled.IssuedReference);
        var shown = GetsHost.Read((await Gets.GetAsync("gets/v1/declarations/" + original.IssuedReference)).Body).Messages.Single();
        Assert.Equal(["CX"], shown.Statuses);
        Assert.Equal(("IC2", "C1"), (shown.AnsweredInterchangeRef, shown.AnsweredMessageRef));
        Assert.Empty(shown.Amounts);
        Assert.Equal(["E018"], Codes(await LodgeAsync("IC3", Cusdec.Amendment("M1", "LRN-A", SixDaysAgo, original.IssuedReference!))));
        Assert.Equal(["E018"], Codes(await LodgeAsync("IC4", Cusdec.Cancellation("C1", "LRN-A", GetsHost.Day, original.IssuedReference!))));
        Assert.Equal(["E019"], Codes(await LodgeAsync("IC5", Cusdec.Original("M1", "LRN-A", SixDaysAgo))));
    }

    [Fact]
    public async Task A_cancellation_naming_another_lrn_or_family_is_E010()
    {
        var original = await LodgeAsync("IC1", Cusdec.Original("M1", "LRN-A", SixDaysAgo));

        Assert.Equal(["E010"], Codes(await LodgeAsync("IC2", Cusdec.Cancellation("C1", "LRN-B", GetsHost.Day, original.IssuedReference!))));
        Assert.Equal(["E010"], Codes(await LodgeAsync("IC3", Cusdec.Cancellation("C1", "LRN-A", GetsHost.Day, original.IssuedReference!, form: "2"))));
    }

    [Fact]
    public async Task An_lrn_already_used_by_the_declarant_is_E019_but_a_rejected_messages_lrn_stays_free()
    {
        var rejected = await LodgeAsync("IC1", Cusdec.Original("M1", "LRN-R", SixDaysAgo, description: "GENERAL CARGO"));
        var accepted = await LodgeAsync("IC2", Cusdec.Original("M1", "LRN-R", SixDaysAgo));
        var again = await LodgeAsync("IC3", Cusdec.Original("M1", "LRN-R", SixDaysAgo));
        var otherKeySameBr = await LodgeAsync("IC4", Cusdec.Original("M1", "LRN-R", SixDaysAgo), "test-other-provider");

        Assert.Equal(["E015"], Codes(rejected));
        Assert.True(accepted.Accepted);
        Assert.Equal(["E019"], Codes(again));
        Assert.Equal(["E019"], Codes(otherKeySameBr));
    }

    [Fact]
    public async Task Tdec_numbers_run_per_mode_and_restart_each_hong_kong_day()
    {
        var sea1 = await LodgeAsync("IC1", Cusdec.Original("M1", "L1", SixDaysAgo));
        var air1 = await LodgeAsync("IC2", Cusdec.Original("M1", "L2", SixDaysAgo, mode: "4"));
        var sea2 = await LodgeAsync("IC3", Cusdec.Original("M1", "L3", SixDaysAgo));
        Gets.Clock.Advance(TimeSpan.FromDays(1));
        var nextDay = await LodgeAsync("IC4", Cusdec.Original("M1", "L4", SixDaysAgo));

        Assert.Equal(
            ["TD12611260000001", "TD42611260000001", "TD12611260000002", "TD12611270000001"],
            [sea1.IssuedReference!, air1.IssuedReference!, sea2.IssuedReference!, nextDay.IssuedReference!]);
    }

    [Fact]
    public async Task Get_of_a_declaration_repeats_the_originals_penalty_and_is_404_for_unknown_or_another_keys_numbers()
    {
        var late = await LodgeAsync("IC1", Cusdec.Original("M1", "L1", GetsHost.Day.AddDays(-40), form: "2A", value: "123456.78"));
        Assert.Equal([("161", "10.00"), ("55", "40.00"), ("56", "37.20")], late.Amounts.Select(a => (a.Qualifier, a.Amount)));
        var amended = await LodgeAsync("IC2", Cusdec.Amendment("M1", "L1", GetsHost.Day.AddDays(-40), late.IssuedReference!, form: "2A", value: "1000.00"));
        Assert.Equal([("161", "0.20"), ("56", "0.30")], amended.Amounts.Select(a => (a.Qualifier, a.Amount)));

        var shown = GetsHost.Read((await Gets.GetAsync("gets/v1/declarations/" + late.IssuedReference)).Body).Messages.Single();

        Assert.Equal([("161", "0.20"), ("55", "40.00"), ("56", "0.30")], shown.Amounts.Select(a => (a.Qualifier, a.Amount)));
        Assert.Equal((404, 0), await StatusAndLength(Gets.GetAsync("gets/v1/declarations/TD12611260999999")));
        Assert.Equal((404, 0), await StatusAndLength(Gets.GetAsync("gets/v1/declarations/NOT-A-NUMBER")));
        Assert.Equal((404, 0), await StatusAndLength(Gets.GetAsync("gets/v1/declarations/" + late.IssuedReference, "test-other-provider")));
    }

    private static async Task<(int, int)> StatusAndLength(Task<(int Status, byte[] Body)> call)
    {
        var (status, body) = await call;
        return (status, body.Length);
    }
}
