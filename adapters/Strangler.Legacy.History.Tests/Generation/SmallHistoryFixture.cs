namespace Strangler.Legacy.History.Tests.Generation;

/// <summary>One small history (seed 7, raised rates) generated once for the tests that only look at it.</summary>
public sealed class SmallHistoryFixture : IAsyncLifetime
{
    public SmallHistory History { get; private set; } = null!;

    public async Task InitializeAsync() => History = await SmallHistory.GenerateAsync(SmallHistory.Plan());

    public Task DisposeAsync() => Task.CompletedTask;
}
