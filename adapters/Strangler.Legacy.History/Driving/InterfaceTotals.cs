using Strangler.Contracts.CodeLists;
using Strangler.Legacy.History.Traffic;

namespace Strangler.Legacy.History.Driving;

/// <summary>Counts of one interface and mode: documents, accepted, rejected, answered otherwise than intended, amendments, cancellations, late.</summary>
public sealed class ModeTotals
{
    public long Documents { get; private set; }

    public long Accepted { get; private set; }

    public long Rejected { get; private set; }

    /// <summary>Rejected although meant to be accepted, or the other way round (should be 0).</summary>
    public long Unexpected { get; private set; }

    public long Amendments { get; private set; }

    public long Cancellations { get; private set; }

    public long Late { get; private set; }

    internal void Add(DocumentOutcome outcome)
    {
        Documents++;
        if (outcome.Accepted)
        {
            Accepted++;
            Amendments += outcome.Intent.Kind.IsAmendment() ? 1 : 0;
            Cancellations += outcome.Intent.Kind.IsCancellation() ? 1 : 0;
            Late += outcome.Late ? 1 : 0;
        }
        else
        {
            Rejected++;
        }

        Unexpected += outcome.AsIntended ? 0 : 1;
    }
}

/// <summary>The totals of one interface: per mode, requests sent, requests skipped, and the time spent waiting for its answers.</summary>
public sealed class InterfaceTotals(HistoryInterface historyInterface)
{
    private readonly SortedDictionary<CutoverUnit, ModeTotals> _modes = [];

    public HistoryInterface Interface { get; } = historyInterface;

    public IReadOnlyDictionary<CutoverUnit, ModeTotals> Modes => _modes;

    public long Requests { get; private set; }

    /// <summary>Planned requests not sent because what they depend on was refused unexpectedly.</summary>
    public long Skipped { get; internal set; }

    public TimeSpan SinkTime { get; private set; }

    public long Documents => _modes.Values.Sum(m => m.Documents);

    /// <summary>Documents answered so far, safe to read while the lane runs (progress bars).</summary>
    public long DocumentsDone => Interlocked.Read(ref _documentsDone);

    private long _documentsDone;

    public long Accepted => _modes.Values.Sum(m => m.Accepted);

    public long Rejected => _modes.Values.Sum(m => m.Rejected);

    public long Unexpected => _modes.Values.Sum(m => m.Unexpected);

    /// <summary>Documents per second of this interface's lane busy time (building, sending and reading; lanes run concurrently).</summary>
    public double DocumentsPerSecond => SinkTime > TimeSpan.Zero ? Documents / SinkTime.TotalSeconds : 0;

    internal void Add(IReadOnlyList<DocumentOutcome> outcomes, TimeSpan elapsed)
    {
        Requests++;
        SinkTime += elapsed;
        foreach (var outcome in outcomes)
        {
            if (!_modes.TryGetValue(outcome.Intent.Unit, out var mode))
            {
                mode = new ModeTotals();
                _modes[outcome.Intent.Unit] = mode;
            }

            mode.Add(outcome);
        }

        Interlocked.Add(ref _documentsDone, outcomes.Count);
    }
}
