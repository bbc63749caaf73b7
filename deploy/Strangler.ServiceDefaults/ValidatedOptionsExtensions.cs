using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Strangler.ServiceDefaults;

/// <summary>Options bound from configuration and checked when the host starts.</summary>
public static class ValidatedOptionsExtensions
{
    /// <summary>
    /// Binds <typeparamref name="TOptions"/> to the configuration section <paramref name="sectionPath"/>
    /// (e.g. <c>"Facade:Routing"</c>), validates its data annotations, and does so at start, so bad
    /// configuration stops the process with an <see cref="OptionsValidationException"/> naming the member.
    /// Only the top-level members are validated (data annotations do not recurse).
    /// </summary>
    public static OptionsBuilder<TOptions> AddValidatedOptions<TOptions>(this IHostApplicationBuilder builder, string sectionPath)
        where TOptions : class
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(sectionPath);

        return builder.Services.AddOptions<TOptions>()
            .Bind(builder.Configuration.GetSection(sectionPath))
            .ValidateDataAnnotations()
            .ValidateOnStart();
    }
}
