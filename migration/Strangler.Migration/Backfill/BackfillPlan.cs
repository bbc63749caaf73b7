using Strangler.Contracts.CodeLists;
using Strangler.Migration.Legacy;

namespace Strangler.Migration.Backfill;

/// <summary>
/// The chunks of a unit's backfill over Hong Kong days: one per legacy interface and day, day by day. Which interfaces
/// hold the unit's mode is left to the readers' selection, not guessed here: a chunk of an interface that holds no
/// document of the mode (ROCARS for sea, ACCS for road) reads nothing and checkpoints an empty chunk, cheaply.
/// </summary>
public static class BackfillPlan
{
    public static IReadOnlyList<BackfillChunk> For(CutoverUnit unit, DateOnly firstDay, DateOnly lastDay, IEnumerable<ILegacyDocumentReader>? readers = null)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(firstDay, lastDay);
        var interfaces = (readers ?? LegacyReaders.All).Select(r => r.Interface).Distinct().ToList();
        var chunks = new List<BackfillChunk>();
        for (var day = firstDay; day <= lastDay; day = day.AddDays(1))
        {
            chunks.AddRange(interfaces.Select(i => new BackfillChunk(unit, i, day)));
        }

        return chunks;
    }
}
