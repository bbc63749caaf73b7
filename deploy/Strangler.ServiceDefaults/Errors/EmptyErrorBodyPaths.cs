using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Strangler.ServiceDefaults.Errors;

/// <summary>Tells whether a request is on a path whose 4xx answers must keep an empty body (legacy interfaces).</summary>
internal sealed class EmptyErrorBodyPaths(IOptions<ServiceDefaultsOptions> options)
{
    private readonly PathString[] _prefixes = options.Value.EmptyErrorBodyPathPrefixes
        .Where(prefix => !string.IsNullOrWhiteSpace(prefix))
        .Select(prefix => new PathString("/" + prefix.Trim().Trim('/')))
        .ToArray();

    public bool Contains(PathString path) => _prefixes.Any(prefix => path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase));
}
