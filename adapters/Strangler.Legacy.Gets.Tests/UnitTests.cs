using System.Text;
using Strangler.Contracts.Testing;
using Strangler.Edifact.Cusdec;
using Strangler.Edifact.Cusres;
using Strangler.Edifact.Envelope;
using Strangler.Legacy.Gets.Answers;
using Strangler.Legacy.Gets.Hours;
using Strangler.Legacy.Gets.Queue;
using Strangler.Legacy.Platform.Schema;

namespace Strangler.Legacy.Gets.Tests;

public sealed class UnitTests
{
    private static readonly TimeSpan Hk = TimeSpan.FromHours(8);

    [Theory]
    [InlineData(6, 59, 59, false, "2026-11-26T07:00:00")]
    [InlineData(7, 0, 0, true, "2026-11-26T07:00:00")]
    [InlineData(22, 59, 59, true, "2026-11-26T22:59:59")]
    [InlineData(23, 0, 0, false, "2026-11-27T07:00:00")]
    public void Service_hours_are_seven_inclusive_to_twenty_three_exclusive_hong_kong_time(int h, int m, int s, bool open, string due)
    {
        var at = new DateTimeOffset(2026, 11, 26, h, m, s, Hk);

        Assert.Equal(open, ServiceHours.Legacy.IsOpen(at));
        Assert.Equal(DateTimeOffset.Parse(due + "+08:00", System.Globalization.CultureInfo.InvariantCulture), ServiceHours.Legacy.NextOpening(at));
        Assert.Equal(open, ServiceHours.Legacy.IsOpen(at.ToUniversalTime()));
    }

    [Fact]
    public void A_recorded_answer_reads_back_to_the_same_message()
    {
        var subject = new AnswerSubject("IC1", "M1", "L?+:'1");
        var at = new DateTimeOffset(2026, 11, 26, 12, 0, 0, Hk);
        var accepted = GetsAnswers.Accepted(subject, at, "TD12611260000001", new GetsMoney(10m, 40m, 37.2m));
        var rejected = CusresAnswers.Rejection(EdifactInterface.Gets, subject, at, [GetsErrors.Vague(), GetsErrors.LrnUsed()]);

        Assert.Equal(accepted, RecordedAnswer.Parse(RecordedAnswer.Text(accepted)));
        Assert.Equal(rejected, RecordedAnswer.Parse(RecordedAnswer.Text(rejected)));
        Assert.StartsWith("UNH+M1+CUSRES:D:96B:UN:HKGETS'\nBGM+962+L???+?:?'1+29'\n", RecordedAnswer.Text(accepted), StringComparison.Ordinal);
    }

    [Fact]
    public void A_queued_message_keeps_the_senders_service_characters()
    {
        var sample = Encoding.UTF8.GetString(ContractSamples.Read("gets/04-two-messages-one-bad-unt.edi", SamplePlaceholders.NoonHongKong(new DateOnly(2026, 11, 26))));
        var custom = sample.Replace("UNA:+.? '", "UNA#*,! ~", StringComparison.Ordinal).Replace('\'', '~').Replace('+', '*').Replace(':', '#')
            .Replace("30000.00", "30000,50", StringComparison.Ordinal);
        var envelope = EnvelopeReader.Open(Encoding.UTF8.GetBytes(custom), EdifactInterface.Gets);
        Assert.True(envelope.IsAccepted);

        var text = QueuedMessage.Capture(envelope, envelope.Messages[0]);
        var (reopened, message) = new QueuedMessage(1, "k", "IC0000004", "M1", default, default, null, text).Open();

        Assert.Equal(envelope.Messages[0].ContentHash(), message.ContentHash());
        Assert.Equal("IC0000004", reopened.Header!.InterchangeRef);
        Assert.Equal(30000.50m, GetsCharges.TotalValue(CusdecMapper.Map(message)));
    }

    [Fact]
    public void The_oracle_ddl_in_deploy_matches_the_migrations()
    {
        var ddl = SchemaMigrator.OracleDdl(typeof(GetsStandIn).Assembly, "GTS_");
        string? path = null;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Strangler.sln")))
            {
                path = Path.Combine(dir.FullName, "deploy", "oracle", "gts.sql");
                break;
            }
        }

        Assert.NotNull(path);
        if (Environment.GetEnvironmentVariable("STRANGLER_UPDATE_ORACLE_DDL") == "1" || !File.Exists(path))
        {
            File.WriteAllText(path, ddl);
        }

        Assert.Equal(ddl, File.ReadAllText(path));
        Assert.Contains("CREATE TABLE GTS_DECLARATION_VERSION", ddl, StringComparison.Ordinal);
    }
}
