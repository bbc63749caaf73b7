using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Strangler.Contracts.Http;

namespace Strangler.Core.Hosting;

/// <summary>
/// One capability of the core (a legacy interface, the JSON API, cargo clearance …): its services, its endpoints, and the
/// migrations of the tables it owns. The host runs every module's migrations at start, in version order.
/// </summary>
public interface ICoreModule
{
    /// <summary>The legacy interface this module serves behind the contract gate, or null (JSON API, admin).</summary>
    ContractInterface? Interface { get; }

    /// <summary>Registers the module's services; runs before the host's shared services, which are added with TryAdd.</summary>
    void AddServices(WebApplicationBuilder builder);

    /// <summary>Maps the module's endpoints.</summary>
    void Map(WebApplication app);

    /// <summary>The assembly holding the module's FluentMigrator migrations, or null when it owns no tables.</summary>
    Assembly? Migrations => null;
}
