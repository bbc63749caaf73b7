using Strangler.ServiceDefaults;

namespace Strangler.Contracts.Http.Gate;

/// <summary>The interfaces behind the gate in this process and the body limit.</summary>
public sealed class ContractGateOptions
{
    public List<ContractInterface> Interfaces { get; } = [];

    /// <summary>README.md, "HTTP": 1,048,576 bytes.</summary>
    public long BodyLimit { get; set; } = ServiceDefaultsOptions.ContractBodyLimit;
}
