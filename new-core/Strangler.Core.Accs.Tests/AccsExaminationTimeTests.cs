using Strangler.Core.Testing;

namespace Strangler.Core.Accs.Tests;

/// <summary>The examination time is configuration (<c>Accs:ExaminationHours</c>); RL is due exactly at decision plus that time.</summary>
public abstract class AccsExaminationTimeTests(CoreServer server)
{
    private readonly AccsClient _accs = new(server);

    [Fact]
    public async Task A_PX_is_released_exactly_when_the_configured_examination_time_has_passed()
    {
        var awb = AccsClient.Awb(3000001);
        var decidedAt = _accs.NowHk;
        Assert.StartsWith("FMA/1\r\n", (await _accs.PostAsync(_accs.Fwb(awb, goods: "IVORY"))).Body);
        var line = $"{awb}HKGLHR/T10K100.0";

        server.Clock.Advance(TimeSpan.FromMinutes(29) + TimeSpan.FromSeconds(59));
        Assert.Equal(AccsClient.Csn(line, "PX", decidedAt, "CX251", _accs.TodayDayMonth), (await _accs.StatusAsync(awb)).Body);

        server.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(AccsClient.Csn(line, "RL", decidedAt.AddMinutes(30), "CX251", _accs.TodayDayMonth), (await _accs.StatusAsync(awb)).Body);
    }
}

public sealed class SqliteHalfHourExamServer() : SqliteCoreServer(new AccsModule())
{
    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?> { ["Accs:ExaminationHours"] = "0.5" };
}

public sealed class PostgresHalfHourExamServer() : PostgresCoreServer(new AccsModule())
{
    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?> { ["Accs:ExaminationHours"] = "0.5" };
}

public sealed class SqliteAccsExaminationTimeTests(SqliteHalfHourExamServer server) : AccsExaminationTimeTests(server), IClassFixture<SqliteHalfHourExamServer>;

public sealed class PostgresAccsExaminationTimeTests(PostgresHalfHourExamServer server) : AccsExaminationTimeTests(server), IClassFixture<PostgresHalfHourExamServer>;
