namespace Strangler.Facade.ControlPlane;

/// <summary>Before the facade listens: the control-plane schema, the first snapshot, and the latest revision loaded.</summary>
internal sealed class ControlPlaneStartup(ControlPlaneDatabase database, StageStore store, SnapshotWatcher watcher) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await database.MigrateAsync(cancellationToken);
        await store.EnsureInitialAsync(cancellationToken);
        await watcher.RefreshAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
