using System.Text.Json.Serialization;

namespace Strangler.Parity.Reports;

/// <summary>How a comparison was classed; the JSON and CSV names are the ones the issue uses.</summary>
public enum FindingClass
{
    [JsonStringEnumMemberName("match")]
    Match,

    [JsonStringEnumMemberName("intended")]
    Intended,

    [JsonStringEnumMemberName("risk-outcome")]
    RiskOutcome,

    [JsonStringEnumMemberName("mismatch")]
    Mismatch,
}

/// <summary>The written names of <see cref="FindingClass"/>.</summary>
public static class FindingClasses
{
    public static IReadOnlyList<FindingClass> All { get; } =
        [FindingClass.Match, FindingClass.Intended, FindingClass.RiskOutcome, FindingClass.Mismatch];

    public static string Name(this FindingClass findingClass) => findingClass switch
    {
        FindingClass.Match => "match",
        FindingClass.Intended => "intended",
        FindingClass.RiskOutcome => "risk-outcome",
        FindingClass.Mismatch => "mismatch",
        _ => throw new ArgumentOutOfRangeException(nameof(findingClass), findingClass, null),
    };
}
