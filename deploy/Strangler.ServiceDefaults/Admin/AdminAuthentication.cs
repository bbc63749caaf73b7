using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Strangler.ServiceDefaults.Admin;

/// <summary>
/// Admin and console authentication for every service: bearer tokens checked against <c>Admin:Users</c> hashes, and
/// the two policies (<see cref="AdminRoles.ReadPolicy"/>, <see cref="AdminRoles.ChangePolicy"/>). Unauthenticated
/// calls get 401, a wrong role 403, both as ProblemDetails.
/// </summary>
public static class AdminAuthentication
{
    public const string Scheme = "AdminToken";

    public static IHostApplicationBuilder AddAdminAuthentication(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddValidatedOptions<AdminOptions>(AdminOptions.SectionName)
            .Validate(options => options.Validate().Count == 0, "Admin:Users is invalid: every user needs a unique name, the role 'operator' or 'auditor', and a unique 64-hex-digit TokenSha256.");
        builder.Services.AddAuthentication(Scheme).AddScheme<AuthenticationSchemeOptions, AdminTokenHandler>(Scheme, null);
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(AdminRoles.ReadPolicy, policy => policy.AddAuthenticationSchemes(Scheme).RequireRole(AdminRoles.Operator, AdminRoles.Auditor))
            .AddPolicy(AdminRoles.ChangePolicy, policy => policy.AddAuthenticationSchemes(Scheme).RequireRole(AdminRoles.Operator));
        return builder;
    }

    /// <summary>The hash to configure for a token (used by the run command and tests; tokens themselves stay out of files).</summary>
    public static string HashOf(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
