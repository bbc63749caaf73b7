using Strangler.Contracts.CodeLists;
using Strangler.Core.Risk.Subjects;

namespace Strangler.Core.Risk.Rules;

/// <summary>
/// A profile: each list given is one criterion that matches when any of its values matches; the
/// profile matches when every criterion given matches. Null or empty lists are not criteria.
/// </summary>
public sealed record ProfileCriteria
{
    /// <summary>Any goods line's HS code starts with one of these digit prefixes.</summary>
    public IReadOnlyList<string>? HsPrefixes { get; init; }

    /// <summary>Any goods line's origin country is one of these.</summary>
    public IReadOnlyList<string>? OriginCountries { get; init; }

    public IReadOnlyList<string>? OriginPlaces { get; init; }

    public IReadOnlyList<string>? LoadingPlaces { get; init; }

    public IReadOnlyList<string>? DischargePlaces { get; init; }

    public IReadOnlyList<string>? DestinationPlaces { get; init; }

    /// <summary>Any party has one of these BR numbers.</summary>
    public IReadOnlyList<string>? PartyBrNumbers { get; init; }

    /// <summary>Any party's country is one of these.</summary>
    public IReadOnlyList<string>? PartyCountries { get; init; }

    /// <summary>Any goods line's description contains one of these as a whole word (case-insensitive).</summary>
    public IReadOnlyList<string>? DescriptionWords { get; init; }

    public IReadOnlyList<TransportMode>? Modes { get; init; }

    public IReadOnlyList<TradeDirection>? Directions { get; init; }

    public IReadOnlyList<SubjectKind>? SubjectKinds { get; init; }
}
