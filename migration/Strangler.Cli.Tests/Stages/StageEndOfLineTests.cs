using Microsoft.Data.Sqlite;

namespace Strangler.Cli.Tests.Stages;

/// <summary>What ends a unit's road or the log's trust: a refused change after <c>complete</c>, and a tampered change log (own facade).</summary>
public sealed class StageEndOfLineTests(FacadeFixture facade) : IClassFixture<FacadeFixture>
{
    [Fact]
    public void A_change_after_complete_is_refused_with_422_and_the_chain_stays_intact_until_an_entry_is_altered()
    {
        var complete = facade.Run(FacadeFixture.OperatorToken, "stage", "set", "river", "complete", "--reason", "river traffic fully on the core", "--override");
        Assert.Equal(0, complete.ExitCode);

        var back = facade.Run(FacadeFixture.OperatorToken, "stage", "set", "river", "live", "--reason", "try to roll back");
        Assert.Equal(1, back.ExitCode);
        Assert.Contains("422 Stage change refused: The unit is complete", back.Error);

        var intact = facade.Run(FacadeFixture.AuditorToken, "stage", "verify");
        Assert.Equal(0, intact.ExitCode);
        Assert.StartsWith("Change log intact: 1 entries, head hash ", intact.Output);

        using (var connection = new SqliteConnection(facade.ControlPlane))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "UPDATE facade_change_log SET reason = 'nothing to see here' WHERE seq = 1";
            Assert.Equal(1, command.ExecuteNonQuery());
        }

        var broken = facade.Run(FacadeFixture.AuditorToken, "stage", "verify");
        Assert.Equal(1, broken.ExitCode);
        Assert.Contains("Change log BROKEN at entry 1: its fields do not match its hash (altered) (1 entries read).", broken.Output);
    }
}
