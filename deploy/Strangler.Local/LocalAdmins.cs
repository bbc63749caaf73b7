using Strangler.ServiceDefaults.Admin;

namespace Strangler.Local;

/// <summary>The operator and auditor of the local run, as the configuration of every service that has admin endpoints.</summary>
internal static class LocalAdmins
{
    public static IEnumerable<KeyValuePair<string, string?>> Settings(string operatorToken, string auditorToken) =>
    [
        new("Admin:Users:0:Name", "local-operator"),
        new("Admin:Users:0:Role", AdminRoles.Operator),
        new("Admin:Users:0:TokenSha256", AdminAuthentication.HashOf(operatorToken)),
        new("Admin:Users:1:Name", "local-auditor"),
        new("Admin:Users:1:Role", AdminRoles.Auditor),
        new("Admin:Users:1:TokenSha256", AdminAuthentication.HashOf(auditorToken)),
    ];
}
