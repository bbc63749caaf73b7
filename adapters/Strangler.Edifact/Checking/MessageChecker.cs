using System.Globalization;
using Strangler.Contracts.Checking;
using Strangler.Contracts.CodeLists;
using Strangler.Edifact.Envelope;

namespace Strangler.Edifact.Checking;

/// <summary>
/// The four checking phases of edifact.md, stopping after the first phase that finds an error:
/// 1 UNH identification and BGM document code (<c>E007</c>), 2 UNT count and ref (<c>E003</c>),
/// 3 the subset table walk, 4 the stateless business rules.
/// </summary>
public static class MessageChecker
{
    public static MessageVerdict Check(EdifactMessage message, EdifactMessageType type, CheckContext context) =>
        CheckStructure(message, type, context) ?? new(4, Normalise(type.BusinessRules(message, context)));

    /// <summary>
    /// Phases 1 to 3 only: the verdict of the first phase that finds an error, or null when the message
    /// walked its table cleanly (a codec that maps the message anyway then runs phase 4 on its model).
    /// </summary>
    public static MessageVerdict? CheckStructure(EdifactMessage message, EdifactMessageType type, CheckContext context)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(context);

        if (!IsIdentified(message, type))
        {
            return new(1, [EdifactErrors.Of(EdifactErrors.MessageType, message.Reference)]);
        }

        if (!IsTrailerRight(message))
        {
            return new(2, [EdifactErrors.Of(EdifactErrors.Trailer, message.Reference)]);
        }

        if (SubsetWalker.Walk(message.Segments, type.Subset(message, context)) is { } structural)
        {
            return new(3, [structural with { Where = $"{message.Reference}: {structural.Where}" }]);
        }

        return null;
    }

    /// <summary>Phase 1: UNH names this type, directory D, its release, agency UN and association; BGM (when second) has the document code.</summary>
    public static bool IsIdentified(EdifactMessage message, EdifactMessageType type)
    {
        var id = message.Header.Components(2);
        if (id.Count != 5 || id[0] != type.Type || id[1] != EdifactMessageType.Version || id[2] != type.Release ||
            id[3] != EdifactMessageType.Agency || id[4] != type.Association)
        {
            return false;
        }

        // A missing BGM is a structural error (phase 3); a BGM with another document code is E007.
        return message.Segments.Count < 3 || message.Segments[1].Tag != "BGM" || message.Segments[1].Value(1) == type.DocumentCode;
    }

    /// <summary>Phase 2: UNT element 1 counts UNH to UNT inclusive (compared numerically), element 2 repeats the UNH ref.</summary>
    public static bool IsTrailerRight(EdifactMessage message)
    {
        var count = message.Trailer.Value(1);
        return count.Length is >= 1 and <= 9 && CodeFormat.AllDigits(count) &&
            int.Parse(count, CultureInfo.InvariantCulture) == message.Segments.Count &&
            message.Trailer.Value(2) == message.Reference;
    }

    /// <summary>Phase 4 order: each code once (its first occurrence), ascending. Stand-ins merge store errors through it too.</summary>
    public static IReadOnlyList<ContractError> Normalise(IEnumerable<ContractError> errors)
    {
        var byCode = new SortedDictionary<string, ContractError>(StringComparer.Ordinal);
        foreach (var error in errors)
        {
            byCode.TryAdd(error.Code, error);
        }

        return [.. byCode.Values];
    }
}
