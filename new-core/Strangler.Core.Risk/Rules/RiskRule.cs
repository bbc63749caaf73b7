using Strangler.Core.Risk.Subjects;

namespace Strangler.Core.Risk.Rules;

/// <summary>
/// One rule of a rule set. The kind decides which optional fields apply; the validator refuses a
/// rule that lacks its kind's fields or carries another kind's.
/// </summary>
public sealed record RiskRule
{
    public required string Id { get; init; }

    public required string Description { get; init; }

    public required RiskRuleKind Kind { get; init; }

    /// <summary>The channel the rule proposes when it matches.</summary>
    public required ClearanceChannel Channel { get; init; }

    /// <summary>Added to the decision's score when the rule matches; zero or more.</summary>
    public required decimal Weight { get; init; }

    /// <summary>Profile rules only.</summary>
    public ProfileCriteria? Profile { get; init; }

    /// <summary>Watch-list rules only: the name of a watch-list in the rule set.</summary>
    public string? WatchList { get; init; }

    /// <summary>Watch-list rules only, optional: only parties in these roles are looked up.</summary>
    public IReadOnlyList<PartyRole>? Roles { get; init; }

    /// <summary>Value-per-kg rules only.</summary>
    public ValueBand? Band { get; init; }

    /// <summary>Vague-description rules only, optional: a description made only of these words is vague-ish.</summary>
    public IReadOnlyList<string>? VagueWords { get; init; }

    /// <summary>Vague-description rules only, optional: a description with fewer letters and digits is vague-ish.</summary>
    public int? MinDescriptionLength { get; init; }

    /// <summary>Relationship-score rules only.</summary>
    public int? MinScore { get; init; }
}
