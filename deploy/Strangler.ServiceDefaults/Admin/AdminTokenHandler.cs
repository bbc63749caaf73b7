using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Strangler.ServiceDefaults.Admin;

/// <summary>
/// Authenticates <c>Authorization: Bearer &lt;token&gt;</c> against the configured token hashes; the user's name and
/// role become claims. Hashes are compared in constant time.
/// </summary>
internal sealed class AdminTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> schemeOptions,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IOptions<AdminOptions> admin)
    : AuthenticationHandler<AuthenticationSchemeOptions>(schemeOptions, logger, encoder)
{
    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var token = header["Bearer ".Length..].Trim();
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(token));
        foreach (var user in admin.Value.Users)
        {
            if (CryptographicOperations.FixedTimeEquals(hash, Convert.FromHexString(user.TokenSha256)))
            {
                var identity = new ClaimsIdentity(
                    [new Claim(ClaimTypes.Name, user.Name), new Claim(ClaimTypes.Role, user.Role)], AdminAuthentication.Scheme);
                return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), AdminAuthentication.Scheme)));
            }
        }

        return Task.FromResult(AuthenticateResult.Fail("Unknown admin token."));
    }
}
