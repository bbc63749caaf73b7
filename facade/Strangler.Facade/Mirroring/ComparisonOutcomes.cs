namespace Strangler.Facade.Mirroring;

public static class ComparisonOutcomes
{
    public const string Equal = "equal";
    public const string Different = "different";

    /// <summary>The second system failed (5xx, timeout, refused); a write is still in the outbox.</summary>
    public const string SecondaryFailed = "secondary-failed";
}
