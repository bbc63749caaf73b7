using System.Globalization;
using Strangler.Facade.Routing;

namespace Strangler.Facade.Comparison;

/// <summary>
/// The facade's first comparer: classifies the two answers to one mirrored request as equal or
/// different after the declared normalisations (<see cref="NormalisationRules"/>), field by field in
/// the interface's syntax, and lists the differing fields. Never throws on any input.
/// </summary>
public static class AnswerComparer
{
    /// <summary>At most this many differences are listed; the rest are counted in one <c>differences.omitted</c> entry.</summary>
    public const int MaxDifferences = 100;

    private static readonly AnswerComparison EqualWithoutType = new(ComparisonVerdict.Equal, [], null);

    /// <param name="iface">The interface both answers belong to.</param>
    /// <param name="primaryStatus">HTTP status of the answer the client received.</param>
    /// <param name="primaryBody">Its body.</param>
    /// <param name="secondaryStatus">HTTP status of the mirrored call's answer.</param>
    /// <param name="secondaryBody">Its body.</param>
    public static AnswerComparison Compare(
        ContractInterface iface,
        int primaryStatus,
        ReadOnlySpan<byte> primaryBody,
        int secondaryStatus,
        ReadOnlySpan<byte> secondaryBody)
    {
        // A different status is the whole story: the bodies of a 200 and a 5xx have nothing to line up.
        if (primaryStatus != secondaryStatus)
        {
            var messageType = (AnswerFields.Read(iface, primaryBody) ?? AnswerFields.Read(iface, secondaryBody))?.MessageType;
            return Different([new AnswerDifference(FieldNames.HttpStatus, Status(primaryStatus), Status(secondaryStatus))], messageType);
        }

        // Non-2xx bodies are not business answers (4xx are empty by contract; 5xx is a failure): byte for byte.
        if (!IsSuccess(primaryStatus))
        {
            return RawBody.Difference(primaryBody, secondaryBody) is { } bodyDifference
                ? Different([bodyDifference], null)
                : EqualWithoutType;
        }

        var primary = AnswerFields.Read(iface, primaryBody);
        var secondary = AnswerFields.Read(iface, secondaryBody);
        var type = primary?.MessageType ?? secondary?.MessageType;
        if (primary is null || secondary is null)
        {
            return RawBody.Difference(primaryBody, secondaryBody) is { } bodyDifference
                ? Different([bodyDifference], type)
                : new AnswerComparison(ComparisonVerdict.Equal, [], type);
        }

        var differences = FieldDifferences(primary.Fields, secondary.Fields);
        return differences.Count == 0 ? new AnswerComparison(ComparisonVerdict.Equal, [], type) : Different(differences, type);
    }

    // Fields are matched by name: primary order first, then the fields only the secondary has.
    private static List<AnswerDifference> FieldDifferences(IReadOnlyList<ComparedField> primary, IReadOnlyList<ComparedField> secondary)
    {
        var secondaryByName = new Dictionary<string, ComparedField>(secondary.Count, StringComparer.Ordinal);
        foreach (var field in secondary)
        {
            secondaryByName.TryAdd(field.Name, field);
        }

        var primaryNames = new HashSet<string>(StringComparer.Ordinal);
        var differences = new List<AnswerDifference>();
        foreach (var field in primary)
        {
            if (!primaryNames.Add(field.Name))
            {
                continue;
            }

            if (!secondaryByName.TryGetValue(field.Name, out var other))
            {
                differences.Add(new AnswerDifference(field.Name, field.Shown, null));
            }
            else if (!string.Equals(field.Compared, other.Compared, StringComparison.Ordinal))
            {
                differences.Add(new AnswerDifference(field.Name, field.Shown, other.Shown));
            }
        }

        foreach (var field in secondary)
        {
            if (!primaryNames.Contains(field.Name) && secondaryByName.Remove(field.Name))
            {
                differences.Add(new AnswerDifference(field.Name, null, field.Shown));
            }
        }

        return differences;
    }

    private static AnswerComparison Different(List<AnswerDifference> differences, string? messageType)
    {
        if (differences.Count > MaxDifferences)
        {
            var omitted = (differences.Count - MaxDifferences).ToString(CultureInfo.InvariantCulture);
            differences.RemoveRange(MaxDifferences, differences.Count - MaxDifferences);
            differences.Add(new AnswerDifference(FieldNames.Omitted, omitted, omitted));
        }

        return new AnswerComparison(ComparisonVerdict.Different, differences, messageType);
    }

    private static bool IsSuccess(int status) => status is >= 200 and <= 299;

    private static string Status(int status) => status.ToString(CultureInfo.InvariantCulture);
}
