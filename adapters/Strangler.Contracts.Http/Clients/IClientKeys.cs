using Strangler.Contracts.Clients;

namespace Strangler.Contracts.Http.Clients;

/// <summary>The configured client keys, looked up by the value of <c>X-Api-Key</c>.</summary>
public interface IClientKeys
{
    /// <summary>The authority of a configured key, or null when the key is unknown.</summary>
    ClientAuthority? Find(string? key);

    /// <summary>Every configured key's authority (feeds that go to every key allowed to see a document).</summary>
    IReadOnlyCollection<ClientAuthority> All { get; }
}
