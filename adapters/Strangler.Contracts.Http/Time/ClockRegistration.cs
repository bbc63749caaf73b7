using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Strangler.ServiceDefaults;

namespace Strangler.Contracts.Http.Time;

/// <summary>Registers <c>Clock:Offset</c> around whatever <see cref="TimeProvider"/> is registered (the system clock, or a test's fake).</summary>
public static class ClockRegistration
{
    /// <summary>
    /// Call after the clock is registered (after AddServiceDefaults and any test replacement): the registered
    /// <see cref="TimeProvider"/> becomes the inner clock of a <see cref="ShiftedTimeProvider"/> when the offset is not zero.
    /// </summary>
    public static IHostApplicationBuilder AddClockOffset(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddValidatedOptions<ClockOptions>(ClockOptions.SectionName);

        var services = builder.Services;
        var registered = services.LastOrDefault(d => d.ServiceType == typeof(TimeProvider) && !d.IsKeyedService)
            ?? ServiceDescriptor.Singleton(TimeProvider.System);
        if (registered.ImplementationInstance is ShiftedTimeProvider || registered.ImplementationFactory?.Target is ShiftedMarker)
        {
            return builder;
        }

        foreach (var descriptor in services.Where(d => d.ServiceType == typeof(TimeProvider) && !d.IsKeyedService).ToList())
        {
            services.Remove(descriptor);
        }

        var marker = new ShiftedMarker(registered);
        services.AddSingleton(marker.Create);
        return builder;
    }

    /// <summary>Holds the original registration; also marks that the clock is already wrapped.</summary>
    private sealed class ShiftedMarker(ServiceDescriptor inner)
    {
        public TimeProvider Create(IServiceProvider provider)
        {
            var clock = inner.ImplementationInstance as TimeProvider
                ?? inner.ImplementationFactory?.Invoke(provider) as TimeProvider
                ?? (TimeProvider)ActivatorUtilities.CreateInstance(provider, inner.ImplementationType!);
            var offset = provider.GetRequiredService<IOptions<ClockOptions>>().Value.Offset;
            return offset == TimeSpan.Zero ? clock : new ShiftedTimeProvider(clock, offset);
        }
    }
}
