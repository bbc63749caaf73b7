using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Strangler.ServiceDefaults.Tests;

public sealed class ValidatedOptionsTests
{
    [Fact]
    public async Task Invalid_option_stops_the_start_with_a_message_naming_the_member()
    {
        var builder = TestService.CreateBuilder(settings: ("Probe:Port", "0"));
        builder.AddServiceDefaults();
        builder.AddValidatedOptions<ProbeOptions>("Probe");
        await using var app = builder.Build();

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Equal(typeof(ProbeOptions), failure.OptionsType);
        Assert.Contains("Port", failure.Message, StringComparison.Ordinal);
        Assert.Contains("must be between 1 and 65535", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_required_option_stops_the_start()
    {
        var builder = TestService.CreateBuilder(settings: ("Probe:Port", "8080"));
        builder.AddServiceDefaults();
        builder.AddValidatedOptions<ProbeOptions>("Probe");
        await using var app = builder.Build();

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Contains("Name", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalid_service_defaults_body_limit_stops_the_start()
    {
        var builder = TestService.CreateBuilder(settings: ("ServiceDefaults:MaxRequestBodySize", "-1"));
        builder.AddServiceDefaults();
        await using var app = builder.Build();

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Equal(typeof(ServiceDefaultsOptions), failure.OptionsType);
    }

    [Fact]
    public async Task Valid_options_are_bound_from_their_section()
    {
        var builder = TestService.CreateBuilder(settings: [("Probe:Port", "8080"), ("Probe:Name", "stand-in")]);
        builder.AddServiceDefaults();
        builder.AddValidatedOptions<ProbeOptions>("Probe");
        await using var service = await TestService.StartAsync(builder);

        var options = service.App.Services.GetRequiredService<IOptions<ProbeOptions>>().Value;
        Assert.Equal(8080, options.Port);
        Assert.Equal("stand-in", options.Name);
    }

    internal sealed class ProbeOptions
    {
        [Range(1, 65535)]
        public int Port { get; set; }

        [Required]
        public string? Name { get; set; }
    }
}
