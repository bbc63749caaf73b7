namespace Strangler.Cli.Stages;

/// <summary>Which facade to call and with which bearer token, resolved from the options and the environment.</summary>
internal sealed record FacadeTarget(Uri BaseAddress, string Token)
{
    public const string UrlVariable = "STRANGLER_FACADE_URL";
    public const string TokenVariable = "STRANGLER_TOKEN";
    public const string DefaultUrl = "http://127.0.0.1:5180";

    /// <summary>The facade as an admin service (name, option, URL variable, default URL).</summary>
    public static readonly Service Facade = new("facade", "--facade", UrlVariable, DefaultUrl);

    /// <summary>
    /// The URL of <paramref name="service"/> (the facade, the migration worker): its option (<c>--facade</c>), else its
    /// variable (<c>STRANGLER_FACADE_URL</c>), else the local default. The token: <c>--token-file</c>, else
    /// <c>STRANGLER_TOKEN</c>; never an option value, which would land in shell history and process lists.
    /// </summary>
    public static bool TryResolve(Service service, string? url, FileInfo? tokenFile, Func<string, string?> environment, out FacadeTarget? target, out string? problem)
    {
        target = null;
        url = string.IsNullOrWhiteSpace(url) ? environment(service.UrlVariable) : url;
        url = string.IsNullOrWhiteSpace(url) ? service.DefaultUrl : url.Trim();
        if (!Uri.TryCreate(url, UriKind.Absolute, out var address) || address.Scheme is not ("http" or "https"))
        {
            problem = $"'{url}' is not an http(s) URL of the {service.Name} ({service.Option} or {service.UrlVariable}).";
            return false;
        }

        string? token;
        if (tokenFile is not null)
        {
            try
            {
                token = File.ReadAllText(tokenFile.FullName).Trim();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                problem = $"--token-file {tokenFile.FullName}: {e.Message}";
                return false;
            }
        }
        else
        {
            token = environment(TokenVariable)?.Trim();
        }

        if (string.IsNullOrEmpty(token))
        {
            problem = tokenFile is null
                ? $"No admin token: set {TokenVariable} or give --token-file <path> (a file holding the token)."
                : $"--token-file {tokenFile.FullName} is empty: it must hold the admin token.";
            return false;
        }

        // Relative admin paths resolve under the base, so a facade behind a path prefix works too.
        target = new FacadeTarget(new Uri(address.AbsoluteUri.TrimEnd('/') + "/"), token);
        problem = null;
        return true;
    }

    /// <summary>An admin API the command line calls: what it is called, and where its URL comes from.</summary>
    public sealed record Service(string Name, string Option, string UrlVariable, string DefaultUrl);
}
