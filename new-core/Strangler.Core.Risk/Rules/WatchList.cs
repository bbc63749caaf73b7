namespace Strangler.Core.Risk.Rules;

/// <summary>A named list of parties of interest.</summary>
public sealed record WatchList
{
    public required string Name { get; init; }

    public required IReadOnlyList<WatchListEntry> Entries { get; init; }
}
