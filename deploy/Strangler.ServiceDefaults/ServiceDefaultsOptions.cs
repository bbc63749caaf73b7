using System.ComponentModel.DataAnnotations;

namespace Strangler.ServiceDefaults;

/// <summary>Settings of the service defaults, section <c>ServiceDefaults</c>.</summary>
public sealed class ServiceDefaultsOptions
{
    public const string SectionName = "ServiceDefaults";

    /// <summary>The contracts' request body limit (README, HTTP): 1,048,576 bytes.</summary>
    public const long ContractBodyLimit = 1_048_576;

    /// <summary>Largest request body Kestrel accepts; larger ones are answered 413.</summary>
    [Range(1, 1_073_741_824)]
    public long MaxRequestBodySize { get; set; } = ContractBodyLimit;

    /// <summary>
    /// Path prefixes (such as <c>/gets</c>) whose 4xx answers keep an empty body, because the legacy
    /// interfaces answer 401, 404, 413 … with no body. Everywhere else a 4xx or 5xx gets a ProblemDetails body.
    /// </summary>
    public string[] EmptyErrorBodyPathPrefixes { get; set; } = [];
}
