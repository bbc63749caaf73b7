namespace Strangler.Facade.Comparison;

/// <summary>The facade's quick verdict on a pair of answers, after the declared normalisations.</summary>
public enum ComparisonVerdict
{
    Equal,
    Different,
}
