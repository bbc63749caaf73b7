using Strangler.Legacy.History.Driving;
using Strangler.Legacy.History.Planning;
using Strangler.Legacy.History.Sinks;
using Strangler.Legacy.History.Traffic;

namespace Strangler.Parity.Replay.Tests.Generated;

/// <summary>
/// The order in which a plan's requests are received, across interfaces. The generator sends each interface's
/// requests in order but the interfaces concurrently; the stack has one clock, so the facade sink must let them
/// through in this global order. Taken from a dry run of the same plan through the stand-ins' own write path into
/// throwaway SQLite stores (<see cref="StandInSink"/>): the same plan into empty stores sends the same requests, and
/// legacy's answers (which decide which dependent requests are sent at all) are the ones the facade returns in shadow.
/// </summary>
public sealed record HistorySchedule(IReadOnlyList<(HistoryInterface Interface, DateTimeOffset ReceivedAt)> Requests)
{
    public static async Task<HistorySchedule> OfAsync(HistoryPlan plan)
    {
        var generator = new HistoryGenerator(plan);
        var seen = new List<HistoryExchange>();
        var folder = Directory.CreateTempSubdirectory("replay-schedule-");
        try
        {
            await using (var sink = await StandInSink.CreateAsync(new HistoryStore(HistoryStore.Sqlite, folder.FullName), generator.Clients, HistoryInterfaces.All))
            {
                await generator.RunAsync(sink, observe: seen.Add);
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }

        return new HistorySchedule(seen.OrderBy(e => e.Sequence).Select(e => (e.Request.Interface, e.Request.ReceivedAt)).ToList());
    }
}
