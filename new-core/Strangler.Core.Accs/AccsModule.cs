using Microsoft.AspNetCore.Builder;
using Strangler.Contracts.Http;
using Strangler.Core.Hosting;

namespace Strangler.Core.Accs;

/// <summary>The core module for ACCS Cargo-IMP: FWB, FHL, FFM in, FMA/FNA out, CSN status feed.</summary>
public sealed class AccsModule : ICoreModule
{
    public ContractInterface? Interface => ContractInterface.Accs;

    public void AddServices(WebApplicationBuilder builder)
    {
    }

    public void Map(WebApplication app)
    {
    }
}
