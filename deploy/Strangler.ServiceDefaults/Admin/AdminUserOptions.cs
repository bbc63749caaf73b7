namespace Strangler.ServiceDefaults.Admin;

/// <summary>
/// One admin user (<c>Admin:Users:n</c>): a name, a role, and the SHA-256 (hex) of its bearer token. Only the hash is
/// configured, so a configuration file or secret store never holds a usable token.
/// </summary>
public sealed class AdminUserOptions
{
    public string Name { get; set; } = "";

    public string Role { get; set; } = "";

    public string TokenSha256 { get; set; } = "";
}
