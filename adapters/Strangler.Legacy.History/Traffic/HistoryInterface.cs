namespace Strangler.Legacy.History.Traffic;

/// <summary>The four legacy interfaces the history fills.</summary>
public enum HistoryInterface
{
    Gets,
    Eman,
    Rocars,
    Accs,
}

/// <summary>Names of the interfaces as the command line and reports write them.</summary>
public static class HistoryInterfaces
{
    public static IReadOnlyList<HistoryInterface> All { get; } =
        [HistoryInterface.Gets, HistoryInterface.Eman, HistoryInterface.Rocars, HistoryInterface.Accs];

    public static string Name(this HistoryInterface value) => value switch
    {
        HistoryInterface.Gets => "gets",
        HistoryInterface.Eman => "eman",
        HistoryInterface.Rocars => "rocars",
        HistoryInterface.Accs => "accs",
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, null),
    };

    public static bool TryParse(string? text, out HistoryInterface value)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(candidate.Name(), text?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }
}
