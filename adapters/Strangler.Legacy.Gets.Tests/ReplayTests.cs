using System.Text;

namespace Strangler.Legacy.Gets.Tests;

public abstract partial class GetsStandInTests
{
    [Fact]
    public async Task A_recorded_message_ref_with_other_content_is_E008_alone_and_not_recorded()
    {
        var first = (await Gets.PostReadAsync(Cusdec.Interchange("IC1", Now, Cusdec.Original("M1", "L1", SixDaysAgo)))).Messages.Single();
        var changed = Cusdec.Interchange("IC1", Now, Cusdec.Original("M1", "L1", SixDaysAgo, description: "FAK", value: "bad"));

        var (_, e008) = await Gets.PostAsync(changed);
        var (_, e008Again) = await Gets.PostAsync(changed);

        var answer = GetsHost.Read(e008).Messages.Single();
        Assert.Equal(["E008"], Codes(answer));
        Assert.Equal(("IC1", "M1", "L1"), (answer.AnsweredInterchangeRef, answer.AnsweredMessageRef, answer.DocumentNumber));
        Assert.NotEqual(GetsHost.Read(e008).Envelope.InterchangeRef, GetsHost.Read(e008Again).Envelope.InterchangeRef);
        var original = (await Gets.PostReadAsync(Cusdec.Interchange("IC1", Now, Cusdec.Original("M1", "L1", SixDaysAgo)))).Messages.Single();
        Assert.Equal(first, original);
    }

    [Fact]
    public async Task A_resend_with_one_more_message_copies_the_recorded_answer_and_processes_the_new_one()
    {
        var (_, firstBytes) = await Gets.PostAsync(Cusdec.Interchange("IC1", Now, Cusdec.Original("M1", "L1", SixDaysAgo)));
        var first = GetsHost.Read(firstBytes);
        Gets.Clock.Advance(TimeSpan.FromMinutes(2));

        var (_, bothBytes) = await Gets.PostAsync(Cusdec.Interchange("IC1", Now,
            Cusdec.Original("M1", "L1", SixDaysAgo), Cusdec.Original("M2", "L2", SixDaysAgo)));

        var both = GetsHost.Read(bothBytes);
        Assert.NotEqual(first.Envelope.InterchangeRef, both.Envelope.InterchangeRef);
        Assert.Equal(first.Messages[0], both.Messages[0]);
        Assert.Equal("TD12611260000002", both.Messages[1].IssuedReference);
        Assert.Equal(new DateTimeOffset(2026, 11, 26, 12, 2, 0, TimeSpan.FromHours(8)), both.Messages[1].IssuedAt);
        Assert.Contains("UNH+M1+CUSRES:D:96B:UN:HKGETS'\nBGM+962+L1+29'\nDTM+182:202611261200:203'", Encoding.UTF8.GetString(bothBytes), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_envelope_rejection_is_answered_E001_and_not_recorded()
    {
        var bad = Encoding.UTF8.GetBytes("UNA:+.? 'UNB+UNOC:3+TRADELINK01:ZZZ+HKEMAN:ZZZ+261126:1200+IC1'\n" +
            Cusdec.Original("M1", "L1", SixDaysAgo) + "UNZ+1+IC1'\n");

        var (_, first) = await Gets.PostAsync(bad);
        var (_, second) = await Gets.PostAsync(bad);

        var answer = GetsHost.Read(first).Messages.Single();
        Assert.Equal(("1", "IC1", false), (answer.Reference, answer.DocumentNumber, answer.Accepted));
        Assert.Equal(["E001"], Codes(answer));
        Assert.NotEqual(GetsHost.Read(first).Envelope.InterchangeRef, GetsHost.Read(second).Envelope.InterchangeRef);
        var fine = (await Gets.PostReadAsync(Cusdec.Interchange("IC1", Now, Cusdec.Original("M1", "L1", SixDaysAgo)))).Messages.Single();
        Assert.True(fine.Accepted);
    }

    [Fact]
    public async Task Two_identical_interchanges_at_once_record_one_declaration_and_get_identical_answers()
    {
        var body = Cusdec.Interchange("IC1", Now, Cusdec.Original("M1", "L1", SixDaysAgo), Cusdec.Original("M2", "L2", SixDaysAgo));

        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Gets.PostAsync(body)));

        Assert.All(answers, a => Assert.Equal(200, a.Status));
        Assert.All(answers, a => Assert.Equal(answers[0].Body, a.Body));
        var next = (await Gets.PostReadAsync(Cusdec.Interchange("IC2", Now, Cusdec.Original("M1", "L3", SixDaysAgo)))).Messages.Single();
        Assert.Equal("TD12611260000003", next.IssuedReference);
    }

    [Fact]
    public async Task The_same_interchange_ref_under_another_key_is_another_request()
    {
        var body = Cusdec.Interchange("IC1", Now, Cusdec.Original("M1", "L1", SixDaysAgo));
        var mine = (await Gets.PostReadAsync(body)).Messages.Single();

        var theirs = (await Gets.PostReadAsync(body, "test-other-provider")).Messages.Single();

        Assert.True(mine.Accepted);
        Assert.Equal(["E019"], Codes(theirs));
    }
}
