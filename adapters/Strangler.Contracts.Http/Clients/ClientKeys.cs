using Microsoft.Extensions.Options;
using Strangler.Contracts.Clients;

namespace Strangler.Contracts.Http.Clients;

/// <summary>The keys of <see cref="ClientKeysOptions"/>, converted once (the options are validated at start).</summary>
internal sealed class ClientKeys(IOptions<ClientKeysOptions> options) : IClientKeys
{
    private readonly Dictionary<string, ClientAuthority> _byKey =
        options.Value.Keys.Select(ToAuthority).ToDictionary(a => a.Key, StringComparer.Ordinal);

    public ClientAuthority? Find(string? key) =>
        key is not null && _byKey.TryGetValue(key, out var authority) ? authority : null;

    public IReadOnlyCollection<ClientAuthority> All => _byKey.Values;

    internal static ClientAuthority ToAuthority(ClientKeyOptions key)
    {
        var roles = ClientRole.None;
        foreach (var name in key.Roles)
        {
            roles |= ParseRole(name) ?? throw new InvalidOperationException($"Unknown client role {name}.");
        }

        var prefixes = key.AirWaybillPrefixes.Select(p => p.Trim()).ToList();
        return new ClientAuthority(
            key.Key,
            roles,
            key.BrNumbers.Select(b => b.Trim()).ToHashSet(StringComparer.Ordinal),
            key.CarrierCodes.Select(c => c.Trim()).ToHashSet(StringComparer.Ordinal),
            prefixes.Where(p => p != "*").ToHashSet(StringComparer.Ordinal),
            prefixes.Contains("*"),
            string.IsNullOrWhiteSpace(key.EdifactPartyId) ? null : key.EdifactPartyId.Trim());
    }

    /// <summary>A single named role (not a combination, not a number), or null.</summary>
    internal static ClientRole? ParseRole(string? name) =>
        !string.IsNullOrWhiteSpace(name) && !char.IsAsciiDigit(name.Trim()[0]) && !name.Contains(',', StringComparison.Ordinal)
        && Enum.TryParse<ClientRole>(name.Trim(), ignoreCase: false, out var role) && role != ClientRole.None
        && Enum.IsDefined(role)
            ? role
            : null;
}
