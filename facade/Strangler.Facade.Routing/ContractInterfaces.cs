namespace Strangler.Facade.Routing;

/// <summary>Path prefixes of the interfaces.</summary>
public static class ContractInterfaces
{
    public static IReadOnlyList<ContractInterface> All { get; } =
        [ContractInterface.Gets, ContractInterface.Eman, ContractInterface.Rocars, ContractInterface.Accs];

    /// <summary>The interface named by the first path segment (case-insensitive, as the contracts' gate matches it).</summary>
    public static bool TryFromPath(ReadOnlySpan<char> path, out ContractInterface contractInterface)
    {
        contractInterface = default;
        if (path.Length < 2 || path[0] != '/')
        {
            return false;
        }

        var rest = path[1..];
        var end = rest.IndexOf('/');
        var first = end < 0 ? rest : rest[..end];
        if (first.Equals("gets", StringComparison.OrdinalIgnoreCase))
        {
            contractInterface = ContractInterface.Gets;
        }
        else if (first.Equals("eman", StringComparison.OrdinalIgnoreCase))
        {
            contractInterface = ContractInterface.Eman;
        }
        else if (first.Equals("rocars", StringComparison.OrdinalIgnoreCase))
        {
            contractInterface = ContractInterface.Rocars;
        }
        else if (first.Equals("accs", StringComparison.OrdinalIgnoreCase))
        {
            contractInterface = ContractInterface.Accs;
        }
        else
        {
            return false;
        }

        return true;
    }

    public static string PathSegment(this ContractInterface contractInterface) => contractInterface switch
    {
        ContractInterface.Gets => "gets",
        ContractInterface.Eman => "eman",
        ContractInterface.Rocars => "rocars",
        ContractInterface.Accs => "accs",
        _ => throw new ArgumentOutOfRangeException(nameof(contractInterface)),
    };
}
