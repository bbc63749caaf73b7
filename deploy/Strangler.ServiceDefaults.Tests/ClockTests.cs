using Microsoft.Extensions.DependencyInjection;

namespace Strangler.ServiceDefaults.Tests;

public sealed class ClockTests
{
    [Fact]
    public void System_clock_is_registered_by_default()
    {
        var builder = TestService.CreateBuilder();
        builder.AddServiceDefaults();
        using var app = builder.Build();

        Assert.Same(TimeProvider.System, app.Services.GetRequiredService<TimeProvider>());
    }

    [Fact]
    public void Clock_registered_before_the_defaults_is_kept()
    {
        var fixedClock = new FixedClock(new DateTimeOffset(2025, 3, 1, 12, 0, 0, TimeSpan.FromHours(8)));
        var builder = TestService.CreateBuilder();
        builder.Services.AddSingleton<TimeProvider>(fixedClock);
        builder.AddServiceDefaults();
        using var app = builder.Build();

        Assert.Same(fixedClock, app.Services.GetRequiredService<TimeProvider>());
        Assert.Single(builder.Services, descriptor => descriptor.ServiceType == typeof(TimeProvider));
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
    }
}
