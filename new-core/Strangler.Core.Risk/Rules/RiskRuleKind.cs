namespace Strangler.Core.Risk.Rules;

/// <summary>What a rule looks at; each kind reads its own fields of <see cref="RiskRule"/>.</summary>
public enum RiskRuleKind
{
    /// <summary>Profile match: every criterion given in <see cref="RiskRule.Profile"/> must match.</summary>
    Profile,

    /// <summary>A party is on the watch-list named by <see cref="RiskRule.WatchList"/>.</summary>
    WatchList,

    /// <summary>Data quality: a goods line has no HS code.</summary>
    MissingHsCode,

    /// <summary>Data quality: a goods line's value per kilogram lies outside <see cref="RiskRule.Band"/>.</summary>
    ValuePerKg,

    /// <summary>Data quality: a goods line's description is vague or vague-ish.</summary>
    VagueDescription,

    /// <summary>The relationship score is at least <see cref="RiskRule.MinScore"/>.</summary>
    RelationshipScore,
}
