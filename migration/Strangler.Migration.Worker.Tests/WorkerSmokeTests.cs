namespace Strangler.Migration.Worker.Tests;

public sealed class WorkerSmokeTests
{
    [Fact]
    public void The_worker_assembly_loads()
    {
        Assert.Equal("Strangler.Migration.Worker", typeof(Program).Assembly.GetName().Name);
    }
}
