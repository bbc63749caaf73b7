using Strangler.Contracts.References;
using Strangler.Contracts.Testing;

namespace Strangler.Facade.Comparison.Tests;

/// <summary>
/// What may legitimately differ between two systems' answers to the same request: who issued the
/// references, the answer interchange ref, and the answer UNB's date and time.
/// </summary>
internal sealed record AnswerStamp(IssuerBlock Issuer, string AnswerRef, DateTimeOffset PreparedAt)
{
    /// <summary>The samples' fixed clock: 12:00:00 Hong Kong time.</summary>
    public static DateTimeOffset Noon { get; } = SamplePlaceholders.NoonHongKong(Day);

    public static DateOnly Day => new(2026, 11, 26);

    public static AnswerStamp Legacy { get; } = new(IssuerBlock.Legacy, "R0000000000042", Noon);

    public static AnswerStamp NewCore { get; } = new(IssuerBlock.NewCore, "R5000000000007", Noon.AddMinutes(3));

    /// <summary>The first number of this issuer's block for a sequence of <paramref name="width"/> digits.</summary>
    public long Sequence(int width) => Issuer.FirstSequence(width) + 1;
}
