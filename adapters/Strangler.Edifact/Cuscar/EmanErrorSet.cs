using Strangler.Contracts.Checking;

namespace Strangler.Edifact.Cuscar;

/// <summary>Collects business errors: each code at most once (the first occurrence), read out in ascending code order.</summary>
internal sealed class EmanErrorSet
{
    private readonly SortedDictionary<string, ContractError> byCode = new(StringComparer.Ordinal);

    public void Add(ContractError error) => byCode.TryAdd(error.Code, error);

    public bool Has(string code) => byCode.ContainsKey(code);

    public IReadOnlyList<ContractError> ToList() => [.. byCode.Values];
}
