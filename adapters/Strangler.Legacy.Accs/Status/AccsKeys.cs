using Strangler.Contracts.Clients;

namespace Strangler.Legacy.Accs.Status;

/// <summary>The configured keys with an ACCS role: whose status feeds a CSN enters.</summary>
public sealed class AccsKeys(IEnumerable<ClientAuthority> keys)
{
    private readonly IReadOnlyList<ClientAuthority> _keys =
        keys.Where(IsAccsKey).OrderBy(k => k.Key, StringComparer.Ordinal).ToList();

    public static bool IsAccsKey(ClientAuthority key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return (key.Roles & (ClientRole.AccsAirline | ClientRole.AccsTerminalOperator)) != ClientRole.None;
    }

    /// <summary>An air waybill ACCS has accepted is visible to a key that may act for its prefix.</summary>
    public static bool MaySee(ClientAuthority key, string prefix) => IsAccsKey(key) && key.MayActForPrefix(prefix);

    public IEnumerable<ClientAuthority> VisibleTo(string prefix) => _keys.Where(k => k.MayActForPrefix(prefix));
}
