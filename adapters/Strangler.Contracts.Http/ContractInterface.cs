using Microsoft.AspNetCore.Http;
using Strangler.Contracts.Clients;

namespace Strangler.Contracts.Http;

/// <summary>
/// One of the four legacy interfaces at the HTTP edge: its path prefix (the path's first segment), the roles
/// that may call it, the request media type and the answer content type (contracts/README.md, "HTTP").
/// </summary>
public sealed record ContractInterface(string Name, ClientRole Roles, string RequestMediaType, string AnswerContentType)
{
    public const string EdifactContentType = "application/edifact";
    public const string TextContentType = "text/plain; charset=utf-8";
    public const string XmlContentType = "application/xml; charset=utf-8";

    public static ContractInterface Gets { get; } =
        new("gets", ClientRole.GetsDeclarant, "application/edifact", EdifactContentType);

    public static ContractInterface Eman { get; } =
        new("eman", ClientRole.EmanCarrier, "application/edifact", EdifactContentType);

    public static ContractInterface Rocars { get; } =
        new("rocars", ClientRole.RocarsShipper | ClientRole.RocarsDriver | ClientRole.RocarsMainlandSingleWindow,
            "application/xml", XmlContentType);

    public static ContractInterface Accs { get; } =
        new("accs", ClientRole.AccsAirline | ClientRole.AccsTerminalOperator, "text/plain", TextContentType);

    public static IReadOnlyList<ContractInterface> All { get; } = [Gets, Eman, Rocars, Accs];

    /// <summary><c>/gets</c> …: every path under it is behind the gate.</summary>
    public PathString PathPrefix => new("/" + Name);

    /// <summary>True when the key holds at least one role of this interface.</summary>
    public bool Admits(ClientAuthority client) => (client.Roles & Roles) != ClientRole.None;
}
