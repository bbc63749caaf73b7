using System.Globalization;
using Quartz;
using Strangler.Contracts.CodeLists;
using Strangler.Core.Model.Documents;
using Strangler.Migration.Backfill;

namespace Strangler.Migration.Worker.Scheduling;

/// <summary>How a chunk travels in a trigger's job data (strings, so the stored rows stay readable).</summary>
internal static class ChunkJobData
{
    public const string Unit = "unit";
    public const string Interface = "interface";
    public const string Day = "day";

    /// <summary>The one job per unit whose triggers are the unit's chunks.</summary>
    public static JobKey JobFor(CutoverUnit unit) => new("backfill", unit.Name());

    /// <summary>Trigger identity = chunk id, group = unit: the same chunk can never be scheduled twice.</summary>
    public static TriggerKey TriggerFor(BackfillChunk chunk) => new(chunk.Id, chunk.Unit.Name());

    public static JobDataMap Of(BackfillChunk chunk) => new()
    {
        [Unit] = chunk.Unit.Name(),
        [Interface] = chunk.Interface.ToString(),
        [Day] = chunk.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    public static BackfillChunk Read(JobDataMap data)
    {
        if (!TransportModes.TryParseUnit(data.GetString(Unit), out var unit)
            || !Enum.TryParse<SourceInterface>(data.GetString(Interface), out var sourceInterface)
            || !DateOnly.TryParseExact(data.GetString(Day), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            throw new InvalidOperationException("A backfill trigger without a readable unit, interface and day.");
        }

        return new BackfillChunk(unit, sourceInterface, day);
    }
}
