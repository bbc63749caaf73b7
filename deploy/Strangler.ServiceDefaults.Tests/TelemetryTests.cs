using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;
using OpenTelemetry;
using OpenTelemetry.Trace;
using Strangler.ServiceDefaults.Telemetry;

namespace Strangler.ServiceDefaults.Tests;

public sealed class TelemetryTests
{
    private const string OtlpAssembly = "OpenTelemetry.Exporter.OpenTelemetryProtocol";

    [Fact]
    public void Otlp_exporter_is_off_without_an_endpoint()
    {
        var builder = TestService.CreateBuilder(settings: (TelemetryDefaults.OtlpEndpointKey, ""));
        builder.AddServiceDefaults();

        Assert.DoesNotContain(builder.Services, IsFromOtlpExporter);
    }

    [Fact]
    public void Otlp_exporter_is_on_when_an_endpoint_is_set()
    {
        var builder = TestService.CreateBuilder(settings: (TelemetryDefaults.OtlpEndpointKey, "http://127.0.0.1:4317"));
        builder.AddServiceDefaults();

        Assert.Contains(builder.Services, IsFromOtlpExporter);
    }

    [Fact]
    public async Task Resource_service_name_comes_from_configuration()
    {
        var builder = TestService.CreateBuilder(settings: (TelemetryDefaults.ServiceNameKey, "strangler-facade"));
        builder.AddServiceDefaults();
        await using var service = await TestService.StartAsync(builder);

        var tracing = service.App.Services.GetRequiredService<TracerProvider>();
        var serviceName = tracing.GetResource().Attributes.Single(attribute => attribute.Key == "service.name").Value;
        Assert.Equal("strangler-facade", serviceName);
    }

    [Fact]
    public async Task Activity_sources_named_Strangler_are_traced()
    {
        var builder = TestService.CreateBuilder();
        builder.AddServiceDefaults();
        await using var service = await TestService.StartAsync(builder);
        using var source = new ActivitySource("Strangler.ServiceDefaults.Tests.Probe");

        using var activity = source.StartActivity("probe");

        Assert.NotNull(activity);
        Assert.True(activity.Recorded);
    }

    [Theory]
    [InlineData("Production", ConsoleFormatterNames.Json)]
    [InlineData("Development", ConsoleFormatterNames.Simple)]
    public void Console_logs_are_json_outside_development(string environment, string formatter)
    {
        var builder = TestService.CreateBuilder(environment);
        builder.AddServiceDefaults();
        using var app = builder.Build();

        var console = app.Services.GetRequiredService<IOptionsMonitor<ConsoleLoggerOptions>>().CurrentValue;
        Assert.Equal(formatter, console.FormatterName);
        var json = app.Services.GetRequiredService<IOptionsMonitor<JsonConsoleFormatterOptions>>().CurrentValue;
        if (formatter == ConsoleFormatterNames.Json)
        {
            Assert.True(json.IncludeScopes);
            Assert.True(json.UseUtcTimestamp);
        }
    }

    private static bool IsFromOtlpExporter(ServiceDescriptor descriptor) =>
        descriptor.ServiceType.Assembly.GetName().Name == OtlpAssembly
        || descriptor.ImplementationType?.Assembly.GetName().Name == OtlpAssembly
        || (descriptor.ServiceType.IsGenericType
            && descriptor.ServiceType.GetGenericArguments().Any(argument => argument.Assembly.GetName().Name == OtlpAssembly));
}
