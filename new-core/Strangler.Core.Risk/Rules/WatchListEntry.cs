namespace Strangler.Core.Risk.Rules;

/// <summary>
/// A watched party: matched by BR number, or by name (compared after trimming, collapsing spaces and
/// upper-casing) and, when given, country.
/// </summary>
public sealed record WatchListEntry
{
    public string? BrNumber { get; init; }

    public string? Name { get; init; }

    public string? Country { get; init; }
}
