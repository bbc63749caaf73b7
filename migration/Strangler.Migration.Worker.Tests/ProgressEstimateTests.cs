using Strangler.Migration.Worker.Progress;

namespace Strangler.Migration.Worker.Tests;

public sealed class ProgressEstimateTests
{
    [Fact]
    public void The_rate_is_the_records_of_the_last_minute_per_second() =>
        Assert.Equal(50.0, ProgressEstimate.Rate(3000));

    [Fact]
    public void Time_left_is_the_chunks_left_at_the_records_per_chunk_so_far_over_the_rate()
    {
        // 10 chunks left × (1,000 records / 20 chunks) = 500 records at 3,000/60 = 50 per second.
        Assert.Equal(10.0, ProgressEstimate.RemainingSeconds(chunksLeft: 10, chunksFinished: 20, recordsDone: 1000, recordsInWindow: 3000, chunksInWindow: 6));
    }

    [Fact]
    public void Time_left_falls_back_to_the_chunk_rate_when_chunks_held_no_records() =>
        Assert.Equal(20.0, ProgressEstimate.RemainingSeconds(chunksLeft: 10, chunksFinished: 30, recordsDone: 0, recordsInWindow: 0, chunksInWindow: 30));

    [Fact]
    public void Time_left_is_unknown_when_nothing_finished_in_the_last_minute_and_zero_when_nothing_is_left()
    {
        Assert.Null(ProgressEstimate.RemainingSeconds(chunksLeft: 5, chunksFinished: 3, recordsDone: 30, recordsInWindow: 0, chunksInWindow: 0));
        Assert.Equal(0.0, ProgressEstimate.RemainingSeconds(chunksLeft: 0, chunksFinished: 3, recordsDone: 30, recordsInWindow: 0, chunksInWindow: 0));
    }
}
