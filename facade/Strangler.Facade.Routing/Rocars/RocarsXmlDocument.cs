namespace Strangler.Facade.Routing.Rocars;

/// <summary>The root name and the wanted simple values of a ROCARS XML body (see <see cref="RocarsXmlValues"/>).</summary>
internal sealed record RocarsXmlDocument(string Root, bool RootInNamespace, IReadOnlyDictionary<string, string?> Values)
{
    public string? this[string key] => Values.TryGetValue(key, out var value) ? value : null;
}
