using Strangler.Contracts.Time;
using Strangler.Core.PostClearance.FollowUp;
using Strangler.Core.PostClearance.Matching;

namespace Strangler.Core.PostClearance;

/// <summary>One pass of the module: bring the match index up to date, then apply the 14-day follow-up rule at the clock's now.</summary>
public sealed class PostClearanceRun
{
    // The worker and an on-demand run must not interleave within this process; across instances the SQL is idempotent.
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly MatchIndexer _indexer;
    private readonly FollowUpRules _rules;
    private readonly TimeProvider _clock;

    internal PostClearanceRun(MatchIndexer indexer, FollowUpRules rules, TimeProvider clock)
    {
        _indexer = indexer;
        _rules = rules;
        _clock = clock;
    }

    public async Task<RunResult> RunAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var indexed = await _indexer.CatchUpAsync(cancellationToken);
            var at = HongKongTime.ReceivedAt(_clock);
            var (opened, closed) = await _rules.ApplyAsync(at, cancellationToken);
            return new RunResult(at, indexed, opened, closed);
        }
        finally
        {
            _gate.Release();
        }
    }
}
