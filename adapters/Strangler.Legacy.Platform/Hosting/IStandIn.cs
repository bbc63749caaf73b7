using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Strangler.Contracts.Http;

namespace Strangler.Legacy.Platform.Hosting;

/// <summary>What a legacy stand-in tells the shared host about itself; <see cref="StandInHost"/> does the rest.</summary>
public interface IStandIn
{
    /// <summary>Lower-case name: <c>gets</c>, <c>eman</c>, <c>rocars</c>, <c>accs</c> (SQLite file, Oracle DDL file, service name).</summary>
    string Name { get; }

    /// <summary>Port on 127.0.0.1 when no <c>urls</c> / <c>ASPNETCORE_URLS</c> is configured.</summary>
    int DefaultPort { get; }

    /// <summary>Table prefix with its underscore: <c>GTS_</c>, <c>EMN_</c>, <c>RCS_</c>, <c>ACC_</c>.</summary>
    string TablePrefix { get; }

    /// <summary>The interface it serves; its path prefix is gated (401/415/413/400, empty error bodies).</summary>
    ContractInterface Interface { get; }

    /// <summary>Where its FluentMigrator migrations are (usually its own assembly).</summary>
    Assembly MigrationsAssembly { get; }

    /// <summary>Its own services and validated options.</summary>
    void ConfigureServices(WebApplicationBuilder builder);

    /// <summary>Its endpoints (thin shims over its processor).</summary>
    void MapEndpoints(WebApplication app);
}
