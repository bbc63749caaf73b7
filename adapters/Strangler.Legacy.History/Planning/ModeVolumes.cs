using Strangler.Contracts.CodeLists;

namespace Strangler.Legacy.History.Planning;

/// <summary>Consignments per Hong Kong day for each cut-over unit (road, air, sea, river, rail).</summary>
public sealed record ModeVolumes(int Road, int Air, int Sea, int River, int Rail)
{
    public int For(CutoverUnit unit) => unit switch
    {
        CutoverUnit.Road => Road,
        CutoverUnit.Air => Air,
        CutoverUnit.Sea => Sea,
        CutoverUnit.River => River,
        CutoverUnit.Rail => Rail,
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, null),
    };

    public int Total => Road + Air + Sea + River + Rail;

    public override string ToString() => $"road {Road}, air {Air}, sea {Sea}, river {River}, rail {Rail}";
}
