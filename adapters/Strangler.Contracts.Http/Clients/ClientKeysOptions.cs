namespace Strangler.Contracts.Http.Clients;

/// <summary>The configured client keys: the configuration section <c>Clients</c> is an array of <see cref="ClientKeyOptions"/>.</summary>
public sealed class ClientKeysOptions
{
    public const string SectionName = "Clients";

    public List<ClientKeyOptions> Keys { get; set; } = [];
}
