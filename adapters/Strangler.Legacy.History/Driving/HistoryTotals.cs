using Strangler.Legacy.History.Traffic;

namespace Strangler.Legacy.History.Driving;

/// <summary>The totals of a generation run: per interface and mode, and the wall time of the whole run.</summary>
public sealed class HistoryTotals
{
    public HistoryTotals() =>
        Interfaces = HistoryInterfaces.All.ToDictionary(i => i, i => new InterfaceTotals(i));

    public IReadOnlyDictionary<HistoryInterface, InterfaceTotals> Interfaces { get; }

    public TimeSpan Elapsed { get; internal set; }

    public DateTimeOffset? FirstReceivedAt { get; private set; }

    public DateTimeOffset? LastReceivedAt { get; private set; }

    public long Documents => Interfaces.Values.Sum(i => i.Documents);

    public long Unexpected => Interfaces.Values.Sum(i => i.Unexpected);

    /// <summary>The first few documents answered otherwise than intended, described for people.</summary>
    public IReadOnlyList<string> UnexpectedExamples => _unexpectedExamples;

    private readonly List<string> _unexpectedExamples = [];

    internal void NoteUnexpected(string description)
    {
        lock (_unexpectedExamples)
        {
            if (_unexpectedExamples.Count < 20)
            {
                _unexpectedExamples.Add(description);
            }
        }
    }

    /// <summary>Called in dispatch (received-at) order.</summary>
    internal void Received(DateTimeOffset at)
    {
        FirstReceivedAt ??= at;
        LastReceivedAt = at;
    }

    public double DocumentsPerSecond => Elapsed > TimeSpan.Zero ? Documents / Elapsed.TotalSeconds : 0;
}

/// <summary>A snapshot for progress bars: documents done per interface and the planned estimate.</summary>
public sealed record HistoryProgress(
    IReadOnlyDictionary<HistoryInterface, long> Done,
    IReadOnlyDictionary<HistoryInterface, long> Planned,
    TimeSpan Elapsed);
